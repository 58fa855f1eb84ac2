// Text suggestions: "Copy" puts the suggested text on the clipboard; "Apply" (offered where
// src/compose/apply-support.ts says it is verified: every fixture editor) must land in the
// editor's own model, exactly. This spec is what verifies it, editor by editor.
import { FIXTURES } from './fixture-server.ts';
import { modelText, waitForComposer } from './fixture-page.ts';
import { badge, replaceText } from './compose-actions';
import { NUDGED_POSTS } from './compose-posts';
import { FAST, settledState, siteUrlOf } from './compose-sites';
import { expect, test } from './compose-test';

for (const fixture of FIXTURES) {
  test(`${fixture.id}: a text suggestion can be copied, and applied where offered`, async ({ page, context }) => {
    await page.goto(siteUrlOf(fixture));
    await waitForComposer(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    let found: { post: string; rule: string; replacement: { span: { start: number; end: number }; text: string } } | undefined;
    for (const post of NUDGED_POSTS) {
      await replaceText(page, fixture, post.text, 'insert');
      const state = await settledState(page, post.text);
      const f = state.findings.find((x) => x.replacement);
      if (f) {
        found = { post: post.text, rule: f.rule, replacement: f.replacement! };
        break;
      }
    }
    test.skip(!found, 'the engine offers no text replacement for these posts');
    const { post, rule, replacement } = found!;
    const card = page.locator(`posting-coach-ui .pc-card[data-rule="${rule}"]`);

    await badge(page).click();
    await card.getByRole('button', { name: 'Copy' }).click();
    await expect(page.locator('posting-coach-ui .pc-note')).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(replacement.text);
    expect(await modelText(page)).toBe(post);

    await card.getByRole('button', { name: 'Apply' }).click();
    const expected = post.slice(0, replacement.span.start) + replacement.text + post.slice(replacement.span.end);
    await expect.poll(() => modelText(page), FAST).toBe(expected);
    await expect(page.locator('posting-coach-ui .pc-note')).toHaveText('Applied.');
    await settledState(page, expected);
  });
}
