// What the compose tests do as a person would, in a Firefox tab: focus the box, clear it, type.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { FixtureInfo } from '../e2e/fixture-server.ts';
import type { TestPost } from '../e2e/compose-posts.ts';
import { badgeText, modelText, settledState, type CoachBoxState } from './coach.ts';
import { until, untilEqual } from './wait.ts';

/**
 * The fixture's editor as a Puppeteer selector. The shared list is written for Playwright, whose
 * CSS pierces open shadow roots (Reddit's composer); Puppeteer needs `>>>` for that.
 */
export function editorSelector(fixture: FixtureInfo): string {
  if (/["'][^"']*\s[^"']*["']/.test(fixture.editable)) throw new Error(`cannot split ${fixture.editable}`);
  return fixture.editable.trim().split(/\s+/).join(' >>> ');
}

/** Clicks into the box, selects all and deletes, then types `text` key by key. */
export async function typeInto(page: Page, fixture: FixtureInfo, text: string): Promise<void> {
  // A person types in the tab in front; a background tab's timers run at most once a second.
  await page.bringToFront();
  await page.locator(editorSelector(fixture)).click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await until(() => modelText(page), (t) => t.trim() === '', { message: 'the editor is empty' });
  await page.keyboard.type(text);
  await untilEqual(() => modelText(page), text, { message: 'the editor model holds exactly what was typed' });
}

/** The post drew one of its nudges; badge and highlights show it over the right words. */
export async function expectNudged(page: Page, post: TestPost): Promise<CoachBoxState> {
  const state = await settledState(page, post.text);
  const rules = state.findings.map((f) => f.rule);
  assert.ok(rules.some((r) => post.rules.includes(r)), `one of ${post.rules} fired (got ${rules})`);
  assert.equal(state.badge, String(state.findings.length));
  await untilEqual(() => badgeText(page), state.badge, { message: 'the badge shows the number of nudges' });
  for (const finding of state.findings) {
    for (const span of finding.spans) {
      const drawn = state.highlights.find((h) => h.start === span.start && h.end === span.end);
      assert.equal(drawn?.text, post.text.slice(span.start, span.end), `${finding.rule} highlighted at ${span.start}-${span.end}`);
    }
  }
  assert.ok(state.highlights.length > 0, 'something is highlighted');
  return state;
}
