// The panel: opened by the keyboard shortcut, usable by keyboard, in Dutch when asked; its
// actions set nudges aside and go to the history with what the privacy level allows.
import { FIXTURES } from './fixture-server.ts';
import { modelText, waitForComposer } from './fixture-page.ts';
import { badge, replaceText } from './compose-actions';
import { BROADCAST, GOOD_POST, SELF_PROMOTION } from './compose-posts';
import { FAST, patchSettings, recordHistory, settledState, siteUrlOf } from './compose-sites';
import { expect, test } from './compose-test';

const lexical = FIXTURES.find((f) => f.id === 'facebook')!;
const textarea = FIXTURES.find((f) => f.id === 'mastodon')!;
const BOTH = `${BROADCAST.text} ${SELF_PROMOTION.text}`;

test('Alt+Shift+P opens the panel for the focused box; Tab, Escape and Dutch labels work', async ({ page, serviceWorker }) => {
  await patchSettings(serviceWorker, { uiLang: 'nl' });
  await page.goto(siteUrlOf(lexical));
  await waitForComposer(page);
  await replaceText(page, lexical, BROADCAST.text, 'type');
  await settledState(page, BROADCAST.text);
  await expect(badge(page)).toHaveAttribute('aria-label', /Posting Coach: \d+ tip/);

  await page.keyboard.press('Alt+Shift+P');
  const panel = page.getByRole('dialog', { name: 'Posting Coach' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Begrepen' }).first()).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Niet van toepassing' }).first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  // Through the first card: its guideline line, then its buttons, "Begrepen" among them.
  for (let i = 0; i < 5 && !(await panel.getByRole('button', { name: 'Begrepen' }).first().evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(panel.getByRole('button', { name: 'Begrepen' }).first()).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // Focus is back in the editor: typing goes on where it was.
  await page.keyboard.type(' Tot dan!');
  await expect.poll(() => modelText(page), FAST).toBe(`${BROADCAST.text} Tot dan!`);
});

test('"Got it" and "Not relevant here" set nudges aside and are recorded with the post', async ({ page, serviceWorker }) => {
  const seen = await recordHistory(serviceWorker);
  await page.goto(siteUrlOf(textarea));
  await waitForComposer(page);
  await replaceText(page, textarea, BOTH, 'insert');
  const state = await settledState(page, BOTH);
  const rules = state.findings.map((f) => f.rule);
  expect(rules).toEqual(expect.arrayContaining(['broadcasting', 'self-promotion']));

  await badge(page).click();
  const card = (rule: string) => page.locator(`posting-coach-ui .pc-card[data-rule="${rule}"]`);
  await card('broadcasting').getByRole('button', { name: 'Got it' }).click();
  await expect(card('broadcasting')).toHaveCount(0);
  await expect(badge(page)).toHaveText(String(rules.length - 1));
  await card('self-promotion').getByRole('button', { name: 'Not relevant here' }).click();
  await expect(card('self-promotion')).toHaveCount(0);
  const after = await settledState(page, BOTH);
  expect(after.findings.map((f) => f.rule)).not.toContain('self-promotion');
  expect(after.highlights.every((h) => !state.findings.find((f) => f.rule === 'self-promotion')!.spans.some((s) => s.start === h.start))).toBe(true);

  // Focus stayed in the panel; Escape closes it and the Post button is free again.
  await expect(page.getByRole('dialog', { name: 'Posting Coach' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('posting-coach-ui .pc-panel')).toHaveCount(0);
  await page.locator('[data-fixture="post"]').click();
  await expect.poll(() => modelText(page), FAST).toBe('');
  await expect.poll(async () => (await seen()).filter((e) => e.outcome.startsWith('posted')).length, FAST).toBeGreaterThan(0);
  const events = await seen();
  const of = (outcome: string) => events.filter((e) => e.outcome === outcome).map((e) => e.rule);
  expect(of('shown')).toEqual(expect.arrayContaining(['broadcasting', 'self-promotion']));
  expect(of('acknowledged')).toEqual(['broadcasting']);
  expect(of('dismissed')).toEqual(['self-promotion']);
  expect(of('posted-open')).toContain('broadcasting');
  expect(of('posted-open')).not.toContain('self-promotion');
  expect(new Set(events.map((e) => e.postId)).size).toBe(1);
  expect(events.every((e) => e.site === 'mastodon' && e.text === undefined)).toBe(true);
  const shown = events.find((e) => e.outcome === 'shown' && e.rule === 'broadcasting')!;
  const span = state.findings.find((f) => f.rule === 'broadcasting')!.spans[0]!;
  expect(shown.excerpt).toBe(BOTH.slice(span.start, span.end));
});

test('a clean post and a fixed nudge are recorded; privacy "none" keeps words out', async ({ page, serviceWorker }) => {
  await patchSettings(serviceWorker, { privacy: 'none' });
  const seen = await recordHistory(serviceWorker);
  await page.goto(siteUrlOf(lexical));
  await waitForComposer(page);
  await replaceText(page, lexical, BROADCAST.text, 'insert');
  await settledState(page, BROADCAST.text);
  await replaceText(page, lexical, GOOD_POST, 'insert');
  await settledState(page, GOOD_POST);
  await page.locator('[data-fixture="post"]').click();
  await expect.poll(async () => (await seen()).map((e) => e.outcome), FAST).toContain('posted-clean');
  const events = await seen();
  expect(events.filter((e) => e.outcome === 'fixed').map((e) => e.rule)).toContain('broadcasting');
  expect(events.every((e) => e.excerpt === undefined && e.text === undefined)).toBe(true);
});
