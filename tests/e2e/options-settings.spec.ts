import { expect, test } from './extension';
import { openOptions, pastePack, setUiLang, storageGet, TEST_PACK } from './options-helpers';

test('coaching settings, sites and the way back to the default pack', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const options = await context.newPage();
  await openOptions(options, extensionId);

  // The settings, not the playground's own "Try at intensity" control.
  await options.getByLabel('Intensity', { exact: true }).selectOption('thorough');
  await options.getByLabel('Role', { exact: true }).selectOption('spokesperson');
  await options.getByLabel('What the nudge history keeps of a post').selectOption('none');
  await options.locator('input[data-site="linkedin"]').uncheck();
  await expect.poll(() => storageGet(serviceWorker, 'settings')).toMatchObject({
    intensity: 'thorough',
    role: 'spokesperson',
    privacy: 'none',
    disabledSites: ['linkedin'],
  });
  await options.locator('input[data-site="linkedin"]').check();
  await expect.poll(async () => (await storageGet(serviceWorker, 'settings')).disabledSites).toEqual([]);

  // A pack that fixes intensity and privacy shows them locked, with the reason.
  await pastePack(options, JSON.stringify({ ...TEST_PACK, intensity: 'gentle', history: { privacy: 'excerpt' } }));
  await expect(options.locator('#intensity')).toBeDisabled();
  await expect(options.locator('#intensity')).toHaveValue('gentle');
  // Keeping more text than the user chose ("none") waits for their consent (issue 9, item 9).
  await expect(options.locator('#privacy')).toHaveValue('none');
  await expect(options.getByTestId('pack-terms')).toContainText('Post text kept');
  await expect(options.getByText(`Fixed by the pack “${TEST_PACK.name}”.`).first()).toBeVisible();

  // Extra sites can be removed again.
  const settings = await storageGet(serviceWorker, 'settings');
  await serviceWorker.evaluate(async (s) => (globalThis as any).chrome.storage.local.set({ settings: s }), { ...settings, extraOrigins: ['https://social.example.org'] });
  await options.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(async () => (await storageGet(serviceWorker, 'settings')).extraOrigins).toEqual([]);
  await expect(options.getByText('None yet.', { exact: false })).toBeVisible();

  await options.getByRole('button', { name: 'Go back to the default pack' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'The default pack is in force again.' })).toBeVisible();
  expect((await storageGet(serviceWorker, 'activePack')).source.kind).toBe('default');
  await expect(options.locator('#intensity')).toBeEnabled();
  await expect(options.locator('#intensity')).toHaveValue('thorough');
});

test('a pack loads from a file, and the popup names the file', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.locator('#pack-file').setInputFiles({ name: 'testorg.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(TEST_PACK)) });
  await expect(options.getByTestId('load-outcome')).toContainText(`Loaded “${TEST_PACK.name}”`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('pack-in-force')).toContainText(`${TEST_PACK.name} · from file testorg.json`);
  await expect(popup.getByTestId('pack-in-force')).toContainText(TEST_PACK.version);

  // A file that is not a pack is refused and changes nothing.
  await options.locator('#pack-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('just some notes') });
  await expect(options.getByTestId('pack-errors')).toBeVisible();
  // The refusal keeps the name of the file that was tried (the file input itself is cleared).
  await expect(options.getByTestId('load-outcome')).toContainText('File “notes.json”');
  await expect(popup.getByTestId('pack-in-force')).toContainText('from file testorg.json');
});
