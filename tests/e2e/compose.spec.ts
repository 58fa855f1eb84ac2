// The coach in the compose box, on every editor fixture opened under the site it mimics:
// nudges with the right badge, cards and highlights; Copy and Apply of a text suggestion;
// cleared by a good post; the editor's own text, DOM and undo untouched; SPA navigation and a
// replaced box keep working.
import { FIXTURES } from './fixture-server.ts';
import { callFixture, modelText, waitForComposer } from './fixture-page.ts';
import { badge, copyAndApply, expectNudged, replaceText } from './compose-actions';
import { BROADCAST, GOOD_POST, NUDGED_POSTS, SELF_PROMOTION } from './compose-posts';
import { FAST, coachState, serialiseEditor, settledState, siteUrlOf } from './compose-sites';
import { expect, test } from './compose-test';

for (const fixture of FIXTURES) {
  test.describe(fixture.id, () => {
    test('nudges three kinds of post, clears on a good one, leaves the editor intact', async ({ page, context, server }) => {
      await page.goto(siteUrlOf(fixture));
      await waitForComposer(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      let applied: string | undefined;
      const earlier: string[] = ['', BROADCAST.text, SELF_PROMOTION.text, NUDGED_POSTS[2]!.text];

      // 1. Broadcasting, typed key by key: badge, highlights and the cards in the panel.
      await replaceText(page, fixture, BROADCAST.text, 'type');
      const state = await expectNudged(page, BROADCAST);
      await badge(page).click();
      await expect(page.getByRole('dialog', { name: 'Posting Coach' })).toBeFocused(); // focus moves into the panel
      const cards = page.locator('posting-coach-ui .pc-card');
      await expect(cards).toHaveCount(state.findings.length);
      for (const finding of state.findings) {
        await expect(page.locator(`posting-coach-ui .pc-card[data-rule="${finding.rule}"] .pc-message`)).toHaveText(finding.message);
      }
      await page.keyboard.press('Escape');
      await expect(page.locator('posting-coach-ui .pc-panel')).toHaveCount(0);

      // The editor's DOM is the same as without the extension after the same keystrokes.
      const withCoach = await serialiseEditor(page.locator(fixture.editable));
      const plain = await context.newPage();
      await plain.goto(new URL(fixture.path, server.url).href); // 127.0.0.1: the extension does not run here
      await waitForComposer(plain);
      await plain.locator(fixture.editable).click();
      await plain.keyboard.type(BROADCAST.text);
      await expect.poll(() => modelText(plain), FAST).toBe(BROADCAST.text);
      expect(withCoach).toBe(await serialiseEditor(plain.locator(fixture.editable)));
      await plain.close();
      applied ??= await copyAndApply(page, BROADCAST.text, state);

      // 2. Self-promotion and 3. a press release (with line breaks), each inserted at once as a paste would.
      for (const post of [SELF_PROMOTION, NUDGED_POSTS[2]!]) {
        await replaceText(page, fixture, post.text, 'insert');
        const nudged = await expectNudged(page, post);
        applied ??= await copyAndApply(page, post.text, nudged);
      }
      test.info().annotations.push({ type: 'apply', description: applied ? 'Copy and Apply checked' : 'Copy only (or no text suggestion)' });

      // Edited into a good post: no nudge, no highlight, a check mark.
      await replaceText(page, fixture, GOOD_POST, 'insert');
      const good = await settledState(page, GOOD_POST);
      expect(good.findings.map((f) => f.rule)).toEqual([]);
      expect(good.highlights).toEqual([]);
      await expect(badge(page)).toHaveText('✓');

      // Undo still works (back to an earlier state; editors group steps differently), and the
      // coach follows it.
      await callFixture(page, 'undo');
      const undone = await modelText(page);
      expect(undone).not.toBe(GOOD_POST);
      if (applied) earlier.push(applied);
      expect(GOOD_POST.startsWith(undone) || earlier.includes(undone.trim()), `undo gave ${JSON.stringify(undone)}`).toBe(true);
      if (undone.trim()) await settledState(page, undone);
    });

    test('keeps coaching after SPA navigation and a replaced box', async ({ page }) => {
      await page.goto(siteUrlOf(fixture));
      await waitForComposer(page);
      await replaceText(page, fixture, BROADCAST.text, 'insert');
      await expectNudged(page, BROADCAST);

      await page.locator('[data-fixture="nav-feed"]').click();
      await expect.poll(async () => (await coachState(page)).length, FAST).toBe(0);
      await expect(badge(page)).toHaveCount(0);
      await page.locator('[data-fixture="nav-compose"]').click();
      await waitForComposer(page);
      await replaceText(page, fixture, SELF_PROMOTION.text, 'insert');
      await expectNudged(page, SELF_PROMOTION);

      await page.locator('[data-fixture="replace"]').click();
      await waitForComposer(page);
      await replaceText(page, fixture, BROADCAST.text, 'insert');
      await expectNudged(page, BROADCAST);
    });
  });
}
