// Chromium tests cannot write storage.managed, so the test hands the policy values to the same
// function the background runs on managed storage (exposed as postingCoachPolicy.apply).
import type { Worker } from '@playwright/test';
import { expect, test } from './extension';
import { goodPack, openOptions, pastePack, pick, setUiLang, storageGet, TEST_PACK } from './options-helpers';

const applyPolicy = (sw: Worker, policy: Record<string, unknown>) =>
  sw.evaluate(async (p) => (globalThis as any).postingCoachPolicy.apply(p), policy);

test('a managed pack wins and locks the choice', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const managed: Record<string, any> = { ...goodPack(), id: 'managed-org', name: 'Managed Org' };
  const state = await applyPolicy(serviceWorker, { pack: JSON.stringify(managed), intensity: 'gentle', privacy: 'none' });
  expect(state).toMatchObject({ packLocked: true, fixed: { intensity: 'gentle', privacy: 'none' }, problems: [] });
  expect(await storageGet(serviceWorker, 'activePack')).toMatchObject({ pack: { id: 'managed-org' }, source: { kind: 'managed', locked: true } });
  expect(await storageGet(serviceWorker, 'settings')).toMatchObject({ intensity: 'gentle', privacy: 'none' });

  const options = await context.newPage();
  await openOptions(options, extensionId);
  await expect(options.getByTestId('policy-notice')).toContainText('IT policy sets the rule pack');
  await expect(options.getByTestId('options-pack-in-force')).toContainText('Managed Org');
  await expect(options.getByTestId('pack-loader')).toHaveCount(0);
  await expect(options.getByRole('button', { name: 'Go back to the default pack' })).toHaveCount(0);
  await expect(options.locator('#intensity')).toBeDisabled();
  await expect(options.locator('#intensity')).toHaveValue('gentle');
  await expect(options.locator('#privacy')).toBeDisabled();
  await expect(options.locator('#role')).toBeEnabled();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('pack-in-force')).toContainText('Managed Org');
  await expect(popup.getByTestId('pack-in-force')).toContainText('IT policy');
  await expect(popup.locator('.guidelines')).toContainText(pick(managed.guidelines.principles[0].title, 'en'));

  // Pages other than the options page cannot replace it either.
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByText('IT policy already sets the rule pack')).toBeVisible();
  await expect(welcome.getByTestId('pack-loader')).toHaveCount(0);

  // Once the policy is gone, the lock goes and the user can choose again.
  await applyPolicy(serviceWorker, {});
  await expect(options.getByTestId('policy-notice')).toHaveCount(0);
  await expect(options.getByTestId('pack-loader')).toBeVisible();
  await expect(options.locator('#intensity')).toBeEnabled();
  expect((await storageGet(serviceWorker, 'activePack')).source.kind).toBe('default');
});

test('a broken managed pack is reported and the pack in force stays', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(TEST_PACK));
  const before = await storageGet(serviceWorker, 'activePack');

  const state = await applyPolicy(serviceWorker, { pack: '{"format": 1, "id": ', role: 'chief' });
  expect(state.packLocked).toBe(true);
  expect(state.packError).toMatch(/JSON/);
  expect(state.problems).toEqual([expect.stringMatching(/^role:/)]);
  expect(await storageGet(serviceWorker, 'activePack')).toEqual(before);
  const notice = options.getByTestId('policy-notice');
  await expect(notice).toContainText('could not be put in force');
  await expect(notice).toContainText('The pack in force stays.');
  await expect(notice).toContainText('role: expected one of employee, spokesperson');
  await expect(options.getByTestId('options-pack-in-force')).toContainText(TEST_PACK.name);
});
