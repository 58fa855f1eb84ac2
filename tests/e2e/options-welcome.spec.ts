import { expect, test } from './extension';
import { storageGet } from './options-helpers';

test('installing opens the welcome page, which sets language and role and marks the user welcomed', async ({ context, extensionId, serviceWorker }) => {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const existing = context.pages().find((p) => p.url() === url);
  const welcome = existing ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }));
  await welcome.waitForLoadState();
  await welcome.getByLabel(/Language of the coach|Taal van de coach/).selectOption('en');
  await expect(welcome.getByRole('heading', { name: 'Welcome to Posting Coach' })).toBeVisible();
  await expect(welcome.getByText('It never blocks a post.')).toBeVisible();
  await expect(welcome.getByText('No text leaves your browser', { exact: false })).toBeVisible();
  await expect(welcome.getByTestId('pack-loader')).toBeVisible();

  await welcome.getByLabel('Spokesperson', { exact: false }).check();
  await welcome.getByRole('button', { name: 'Start coaching' }).click();
  await expect(welcome.getByRole('status')).toContainText('All set');
  expect(await storageGet(serviceWorker, 'settings')).toMatchObject({ role: 'spokesperson', welcomed: true, uiLang: 'en' });

  await welcome.getByLabel('Language of the coach').selectOption('nl');
  await expect(welcome.getByRole('heading', { name: 'Welkom bij Posting Coach' })).toBeVisible();
  await expect(welcome.getByText('Het houdt nooit een bericht tegen.')).toBeVisible();
});
