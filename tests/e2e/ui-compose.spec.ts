// The coach as a writer meets it, on every compose fixture: the badge and the panel never cover
// the post's text, the site's Post button or its counter; a click on a highlight opens its card;
// each highlight has its card's category colour.
import type { Page } from '@playwright/test';
import { FIXTURES, type FixtureInfo } from './fixture-server.ts';
import { waitForComposer } from './fixture-page.ts';
import { badge, replaceText } from './compose-actions';
import { BROADCAST, SELF_PROMOTION } from './compose-posts';
import { settledState, siteUrlOf } from './compose-sites';
import { expect, test } from './compose-test';

type Box = { x: number; y: number; width: number; height: number };
const POST = `${SELF_PROMOTION.text}\n${BROADCAST.text}`;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The rectangles of the post's text: each line box of the editor's text, or the textarea's box. */
function textRects(page: Page, fixture: FixtureInfo): Promise<Box[]> {
  return page.locator(fixture.editable).evaluate((el) => {
    if (el instanceof HTMLTextAreaElement) {
      const r = el.getBoundingClientRect();
      return [{ x: r.left, y: r.top, width: r.width, height: r.height }];
    }
    const range = document.createRange();
    range.selectNodeContents(el);
    return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ x: r.left, y: r.top, width: r.width, height: r.height }));
  });
}

async function siteControls(page: Page): Promise<{ name: string; box: Box }[]> {
  const out: { name: string; box: Box }[] = [];
  for (const [name, selector] of [['Post button', '[data-fixture="post"]'], ['counter', '[data-fixture="counter"]']] as const) {
    for (const el of await page.locator(selector).all()) {
      const box = await el.boundingBox();
      if (box) out.push({ name, box });
    }
  }
  return out;
}

/** Viewport coordinates of the middle of a piece of the post, found in the editor (or the coach's textarea mirror). */
function pointOf(page: Page, fixture: FixtureInfo, rule: string, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ selector, rule, text, textarea }) => {
      const deep = (root: Document | ShadowRoot, sel: string): Element | null => {
        const found = root.querySelector(sel);
        if (found) return found;
        for (const host of root.querySelectorAll('*')) if (host.shadowRoot) {
          const inner = deep(host.shadowRoot, sel);
          if (inner) return inner;
        }
        return null;
      };
      let rect: DOMRect | undefined;
      if (textarea) {
        rect = deep(document, `mark.pc-mark[data-rule="${rule}"]`)?.getClientRects()[0];
      } else {
        const editor = deep(document, selector.replace(/^shreddit-composer /, ''))!;
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          rect = range.getClientRects()[0];
          break;
        }
      }
      return rect ? { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 } : null;
    },
    { selector: fixture.editable, rule, text, textarea: fixture.editable.endsWith('textarea') || fixture.id === 'mastodon' },
  );
}

for (const fixture of FIXTURES) {
  test(`${fixture.id}: badge and panel stay clear of the text, the Post button and the counter; highlights open their cards`, async ({ page }) => {
    await page.goto(siteUrlOf(fixture));
    await waitForComposer(page);
    await replaceText(page, fixture, POST, 'insert');
    const state = await settledState(page, POST);
    expect(state.findings.length).toBeGreaterThan(1);
    await expect(badge(page)).toBeVisible();

    const controls = await siteControls(page);
    expect(controls.some((c) => c.name === 'Post button')).toBe(true);
    const check = async (what: string, box: Box | null) => {
      expect(box, `${what} is on screen`).not.toBeNull();
      for (const r of await textRects(page, fixture)) expect(overlap(box!, r), `${what} covers the post's text`).toBe(false);
      for (const c of controls) expect(overlap(box!, c.box), `${what} covers the ${c.name}`).toBe(false);
    };
    await check('the badge', await badge(page).boundingBox());

    // Hover a highlight: its card's line shows; click it: the panel opens on that card.
    const target = state.findings.find((f) => f.rule === 'self-promotion') ?? state.findings[0]!;
    const point = await pointOf(page, fixture, target.rule, target.texts[0]!);
    expect(point, 'the highlighted words are on screen').not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect(page.locator(`posting-coach-ui .pc-tip[data-rule="${target.rule}"]`)).toContainText(target.message);
    await page.mouse.click(point!.x, point!.y);
    const panel = page.getByRole('dialog', { name: 'Posting Coach' });
    await expect(panel).toBeVisible();
    const card = panel.locator(`.pc-card[data-rule="${target.rule}"]`);
    await expect(card).toHaveClass(/pc-current/);
    await expect(card).toBeInViewport();
    // The writer clicked into their text: the caret stays in the editor.
    await expect(page.locator(fixture.editable)).toBeFocused();
    await check('the panel', await panel.boundingBox());

    // Cards come warnings first, then the specific before the generic.
    const order = await panel.locator('.pc-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-category')));
    if (order.includes('self-promotion') && order.includes('broadcasting')) expect(order.indexOf('self-promotion')).toBeLessThan(order.indexOf('broadcasting'));

    // Every highlight is drawn in its card's category colour.
    const after = await settledState(page, POST);
    for (const f of after.findings) {
      const marks = after.highlights.filter((h) => h.rule === f.rule);
      expect(marks.length, `${f.rule} is highlighted`).toBeGreaterThan(0);
      for (const m of marks) expect(m.category).toBe(f.category);
      const cardColour = await panel.locator(`.pc-card[data-rule="${f.rule}"]`).evaluate((el) => getComputedStyle(el).borderLeftColor);
      const markColour = await page.evaluate(
        ({ category, textarea }) => {
          const toRgb = (hex: string) => {
            const n = parseInt(hex.slice(1, 7), 16);
            return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
          };
          if (textarea) {
            const deep = (root: Document | ShadowRoot): Element | null => {
              const found = root.querySelector(`mark.pc-mark.pc-cat-${category}`);
              if (found) return found;
              for (const host of root.querySelectorAll('*')) if (host.shadowRoot) {
                const inner = deep(host.shadowRoot);
                if (inner) return inner;
              }
              return null;
            };
            const mark = deep(document);
            return mark ? getComputedStyle(mark).textDecorationColor : null;
          }
          // ::highlight() colours live in the sheet the coach adopted into the box's root.
          const roots: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
          for (const root of roots) {
            const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].flatMap((s) => (s.sheet ? [s.sheet] : []))];
            for (const sheet of sheets) {
              for (const rule of sheet.cssRules) {
                // The light scheme's rule (top level, not inside the dark @media block).
                // Names are random per page load (a page must not find them); the category ends the name.
                if (!(rule instanceof CSSStyleRule) || !rule.selectorText.startsWith('::highlight(') || !rule.selectorText.endsWith(`-${category})`)) continue;
                const colour = rule.style.getPropertyValue('text-decoration-color');
                if (colour.startsWith('#')) return toRgb(colour);
                if (colour) return colour;
              }
            }
          }
          return null;
        },
        { category: f.category, textarea: fixture.editable.endsWith('textarea') || fixture.id === 'mastodon' },
      );
      expect(markColour, `${f.rule}'s highlight colour`).toBe(cardColour);
    }
  });
}
