import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { goodPack, openOptions, pastePack, pick, setUiLang, storageGet, TEST_PACK } from './options-helpers';

const defaultPack = JSON.parse(readFileSync('packs/default.json', 'utf8'));

test('the popup shows the default pack, then the pack loaded in the options page', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The built-in pack is named for people in the UI language, not by its English pack name.
  await expect(popup.getByTestId('pack-in-force')).toContainText('Default pack: good practice');
  await expect(popup.getByTestId('pack-in-force')).toContainText('built-in default');
  const firstPrinciple = defaultPack.guidelines?.principles?.[0];
  if (firstPrinciple) await expect(popup.locator('.guidelines')).toContainText(pick(firstPrinciple.title, 'en'));
  else await expect(popup.getByTestId('no-guidelines')).toBeVisible();

  const pack = goodPack();
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(pack));
  await expect(options.getByTestId('load-outcome')).toContainText(`Loaded “${pack.name}”`);
  expect((await storageGet(serviceWorker, 'activePack')).pack.id).toBe(pack.id);

  // The open popup follows the change without a reload.
  await expect(popup.getByTestId('pack-in-force')).toContainText(pack.name);
  await expect(popup.getByTestId('pack-in-force')).toContainText('pasted');
  const guidelines = popup.locator('.guidelines');
  await expect(guidelines).toContainText(pick(pack.guidelines.why, 'en'));
  await expect(guidelines).toContainText(pick(pack.guidelines.principles[0].title, 'en'));
  await expect(guidelines).toContainText(pick(pack.strategy.themes[0].title, 'en'));
});

test('the popup search narrows the guidelines and says when nothing matches', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const pack = goodPack();
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(pack));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const principle = pick(pack.guidelines.principles[0].title, 'en');
  const sections = popup.locator('.guideline-section');
  // The popup renders after reading storage: wait for the loaded pack before counting.
  await expect(popup.locator('body')).toContainText(pack.name);
  await expect(sections.nth(2)).toBeVisible();
  const all = await sections.count();
  await popup.getByRole('searchbox', { name: 'Search the guidelines' }).fill(principle);
  await expect(sections.first()).toContainText(principle);
  expect(await sections.count()).toBeLessThan(all);
  await popup.getByRole('searchbox', { name: 'Search the guidelines' }).fill('zzzqqq');
  await expect(popup.getByRole('status')).toHaveText('No guideline matches “zzzqqq”.');
  await expect(sections).toHaveCount(0);
  await popup.getByRole('searchbox', { name: 'Search the guidelines' }).fill('');
  await expect(sections).toHaveCount(all);
});

test('pack texts are shown as text, never as HTML', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const pack = { ...TEST_PACK, id: 'html-test', guidelines: { why: '<img src=x onerror="document.title=\'pwned\'"><b>bold</b>' } };
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(pack));
  await expect(options.getByTestId('load-outcome')).toContainText('Loaded');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.guidelines')).toContainText('<b>bold</b>');
  await expect(popup.locator('.guidelines img, .guidelines b')).toHaveCount(0);
});

test('the popup counts today’s nudges on this device', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('today-count')).toHaveText('No nudges today.');
  await expect(popup.getByText('This tab is not a web page.')).toBeVisible();

  const now = Date.now();
  const event = (id: string, postId: string, rule: string) => ({
    id, time: now, site: 'x', rule, category: 'broadcasting', severity: 'nudge',
    packId: 'default', packVersion: '0.1.0', lang: 'en', outcome: 'shown', postId,
  });
  const reply = await popup.evaluate(
    // Recorded as the user's own: imported events stay out of the counts (issue 9, item 8).
    (events) => (globalThis as any).chrome.runtime.sendMessage({ type: 'history/record', events }),
    [event('a', 'p1', 'broadcasting'), event('b', 'p2', 'broadcasting'), event('c', 'p2', 'self-promotion')],
  );
  expect(reply).toMatchObject({ ok: true, added: 3 });
  await popup.reload();
  await expect(popup.getByTestId('today-count')).toHaveText('3 nudges today');
  await expect(popup.locator('.weekly-summary')).toBeVisible();
});

test('a pack without guidelines says so and points to the options page', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify({ format: 1, id: 'bare', name: 'Bare pack', version: '1', languages: ['en'] }));
  await expect(options.getByTestId('load-outcome')).toContainText('Loaded “Bare pack”');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('no-guidelines')).toContainText('The pack in force has no guidelines to show.');
  await options.close(); // an open options tab would only be focused, not opened
  const optionsOpened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
  await popup.getByRole('link', { name: /options page/ }).click();
  await optionsOpened;
});
