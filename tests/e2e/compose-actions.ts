// What the compose specs do as a person would (replace the text, look at the badge), and the
// check that a post drew the nudge it should, drawn over the right words.
import { expect, type Page } from '@playwright/test';
import type { FixtureInfo } from './fixture-server.ts';
import { modelText } from './fixture-page.ts';
import type { TestPost } from './compose-posts';
import { FAST, settledState } from './compose-sites';

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
  // Every span of every finding is drawn, over exactly the words it names.
  for (const finding of state.findings) {
    for (const span of finding.spans) {
      const drawn = state.highlights.find((h) => h.start === span.start && h.end === span.end);
      expect(drawn?.text, `${finding.rule} highlighted at ${span.start}-${span.end}`).toBe(post.text.slice(span.start, span.end));
    }
  }
  expect(state.highlights.length).toBeGreaterThan(0);
  return state;
}

