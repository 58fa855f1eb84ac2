import { test, expect } from './extension';

test('the extension loads and its service worker runs', async ({ extensionId, context }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('body')).toContainText('Posting Coach');
});
