// Issue 9, item 1: the policy's lock holds over the pack, in the writer and on the options page.
// Item 9: a pack that deletes history waits for the user's consent before anything is pruned.
import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../extension';
import { goodPack, openOptions, setUiLang, storageSet } from '../options-helpers';
import { storedEvents } from './security-helpers';

const applyPolicy = (sw: Worker, policy: Record<string, unknown>) => sw.evaluate(async (p) => (globalThis as any).postingCoachPolicy.apply(p), policy);
const DAY = 86_400_000;
const event = (id: string, time: number) => ({ id, time, site: 'x', rule: '', category: '', severity: '', packId: 'p', packVersion: '1', lang: 'en', outcome: 'posted-clean', postId: id, text: 'the whole post', excerpt: 'the whole' });
const send = (page: Page, message: unknown) => page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);

test('policy privacy "none" beats a pack asking for "text": writer and options agree', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const pack = { ...goodPack(), id: 'wants-text', name: 'Wants Text', history: { privacy: 'text' } };
  await applyPolicy(serviceWorker, { pack: JSON.stringify(pack), privacy: 'none', intensity: 'gentle' });
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await expect(options.locator('#privacy')).toHaveValue('none');
  await expect(options.locator('#privacy')).toBeDisabled();
  await expect(options.locator('#privacy-lock')).toContainText('IT policy');
  await expect(options.locator('#intensity')).toHaveValue('gentle');

  await send(options, { type: 'history/record', events: [event('e1', Date.now())] });
  const [stored] = await storedEvents(serviceWorker);
  expect(stored).toBeDefined();
  expect(stored).not.toHaveProperty('text');
  expect(stored).not.toHaveProperty('excerpt');
});

test('a pack that cuts retention prunes nothing until the user accepts', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await send(options, { type: 'history/record', events: [event('old', Date.now() - 3 * DAY), event('new', Date.now())] });
  const pack = { ...goodPack(), id: 'short-memory', name: 'Short Memory', history: { retentionDays: 1 } };
  await storageSet(serviceWorker, { activePack: { pack, source: { kind: 'paste', loadedAt: Date.now() } } });

  const notice = options.getByTestId('pack-terms');
  await expect(notice).toContainText('Short Memory');
  await expect(notice).toContainText('1 days instead of 180');
  await send(options, { type: 'history/prune' });
  expect((await storedEvents(serviceWorker)).map((e) => e.id).sort()).toEqual(['new', 'old']);

  await notice.getByRole('button', { name: 'Accept these history settings' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(async () => (await storedEvents(serviceWorker)).map((e) => e.id)).toEqual(['new']);
});
