import { expect, test } from './extension';
import { openOptions, pastePack, setUiLang, TEST_PACK } from './options-helpers';

test('switching the language switches the popup and the options page', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(TEST_PACK));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Principles' })).toBeVisible();
  await expect(popup.locator('.guidelines')).toContainText('Conversation over broadcasting');
  await expect(popup.getByRole('button', { name: 'Options' })).toBeVisible();
  await expect(options.getByRole('heading', { name: 'Rule pack' })).toBeVisible();

  // Switch in the popup: the popup, its pack texts and the open options page follow.
  await popup.getByLabel('Language').selectOption('nl');
  await expect(popup.getByRole('heading', { name: 'Uitgangspunten' })).toBeVisible();
  await expect(popup.locator('.guidelines')).toContainText('Gesprek boven zenden');
  await expect(popup.getByRole('button', { name: 'Instellingen' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(options.getByRole('heading', { name: 'Regelpakket' })).toBeVisible();
  await expect(options.getByRole('heading', { name: 'Posting Coach: instellingen' })).toBeVisible();
  await expect(options.locator('#intensity option:checked')).toHaveText(/^Normaal/);

  // And back from the options page.
  await options.getByLabel('Taal', { exact: true }).selectOption('en');
  await expect(options.getByRole('heading', { name: 'Rule pack' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Principles' })).toBeVisible();
});

test('"browser language" follows the browser', async ({ context, extensionId, serviceWorker }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const browserLang = await popup.evaluate(() => navigator.languages.find((l) => /^(nl|en)/i.test(l))?.slice(0, 2).toLowerCase() ?? 'en');
  await expect(popup.getByLabel(browserLang === 'nl' ? 'Taal' : 'Language')).toHaveValue('auto');
  await expect(popup.getByRole('button', { name: browserLang === 'nl' ? 'Instellingen' : 'Options' })).toBeVisible();
  expect(await serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings?.uiLang ?? 'auto')).toBe('auto');
});
