// What the compose specs do as a person would (replace the text, look at the badge), and the
// check that a post drew the nudge it should, drawn over the right words.
import { expect, type Page } from '@playwright/test';
import type { FixtureInfo } from './fixture-server.ts';
import { modelText } from './fixture-page.ts';
import type { TestPost } from './compose-posts';
import { FAST, settledState, type CoachBoxState } from './compose-sites';

export const badge = (page: Page) => page.locator('posting-coach-ui .pc-badge');

export async function replaceText(page: Page, fixture: FixtureInfo, text: string, how: 'type' | 'insert') {
  await page.locator(fixture.editable).click();
  // Like a person: select all and delete. An emptied plain contenteditable keeps Chrome's
  // placeholder <br>, which the Reddit fixture's model reads as "\n" (with or without us).
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(async () => (await modelText(page)).trim(), FAST).toBe('');
  if (how === 'type') await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
  await expect.poll(() => modelText(page), { ...FAST, message: 'the editor model holds exactly what was typed' }).toBe(text);
}

export async function expectNudged(page: Page, post: TestPost) {
  const state = await settledState(page, post.text);
  const rules = state.findings.map((f) => f.rule);
  expect(rules.some((r) => post.rules.includes(r)), `one of ${post.rules} fired (got ${rules})`).toBe(true);
  expect(state.badge).toBe(String(state.findings.length));
  await expect(badge(page)).toHaveText(state.badge);
  // Every span of every finding is drawn, each highlight over exactly the words it names; where
  // two findings mark the same words, the more specific category's highlight covers them.
  for (const h of state.highlights) expect(h.text, `highlight at ${h.start}-${h.end}`).toBe(post.text.slice(h.start, h.end));
  for (const finding of state.findings) {
    for (const span of finding.spans) {
      const covered = (at: number) => state.highlights.some((h) => h.start <= at && at < h.end);
      const gaps = Array.from({ length: span.end - span.start }, (_, i) => span.start + i).filter((at) => /\S/.test(post.text[at]!) && !covered(at));
      expect(gaps, `${finding.rule} highlighted at ${span.start}-${span.end}`).toEqual([]);
    }
  }
  expect(state.highlights.length).toBeGreaterThan(0);
  return state;
}


/**
 * If the post drew a text suggestion: "Copy" puts it on the clipboard, and "Apply" (offered where
 * src/compose/apply-support.ts says it is verified) lands in the editor's own model, exactly.
 * Returns the text after applying, or undefined when nothing was applied.
 */
export async function copyAndApply(page: Page, text: string, state: CoachBoxState): Promise<string | undefined> {
  const finding = state.findings.find((f) => f.replacement);
  if (!finding?.replacement) return undefined;
  const { span, text: suggested } = finding.replacement;
  const card = page.locator(`posting-coach-ui .pc-card[data-rule="${finding.rule}"]`);
  await badge(page).click();
  await card.getByRole('button', { name: 'Copy' }).click();
  await expect(page.locator('posting-coach-ui .pc-note')).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(suggested);
  // Rich editors drop or mangle line breaks inserted as text, so there it is Copy only.
  if (state.editor !== 'textarea' && suggested.includes('\n')) {
    await expect(card.getByRole('button', { name: 'Apply' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    return undefined;
  }
  await card.getByRole('button', { name: 'Apply' }).click();
  const expected = text.slice(0, span.start) + suggested + text.slice(span.end);
  await expect.poll(() => modelText(page), { ...FAST, message: 'the applied text is in the editor model' }).toBe(expected);
  await expect(page.locator('posting-coach-ui .pc-note')).toHaveText(/^Applied\./);
  await settledState(page, expected);
  await page.keyboard.press('Escape');
  return expected;
}
