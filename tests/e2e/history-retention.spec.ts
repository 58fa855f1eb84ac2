// Retention and privacy are enforced by the writer, whatever the producer sent.
import { test, expect } from './extension';
import { openReview, record, setStorage, storedEvents } from './history-helpers';
import { makeEvent } from '../../src/history/test-event';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const DAY = 86_400_000;

test('retention prunes what it should', async ({ context, extensionId }) => {
  const page = await openReview(context, extensionId);
  await setStorage(page, { settings: { ...DEFAULT_SETTINGS, retentionDays: 30, maxEvents: 4 } });
  const now = Date.now();
  const ages = [100, 45, 29, 20, 10, 5, 1];
  const reply = await record(page, ages.map((d) => makeEvent({ id: `age-${d}`, postId: `p${d}`, time: now - d * DAY })));
  expect(reply).toMatchObject({ ok: true, added: 7 });
  // Older than 30 days: gone; of the rest, only the 4 newest stay.
  expect((await storedEvents(page)).map((e) => e.id)).toEqual(['age-1', 'age-5', 'age-10', 'age-20']);
  await openReview(context, extensionId, page);
  await expect(page.locator('.page-info')).toHaveText('1–4 of 4');
});

test('the pack in force fixes retention and privacy over the settings', async ({ context, extensionId }) => {
  const page = await openReview(context, extensionId);
  const pack = { format: 1, id: 'org', name: 'Org', version: '2.0.0', languages: ['en'], history: { privacy: 'none', retentionDays: 7 } };
  await setStorage(page, {
    settings: { ...DEFAULT_SETTINGS, privacy: 'text', retentionDays: 365 },
    activePack: { pack, source: { kind: 'file', loadedAt: Date.now() } },
    // Shorter retention deletes history, so it applies once the user accepted it (issue 9, item 9;
    // tests/e2e/security/policy-lock.spec.ts shows the waiting). Less text applies at once.
    acceptedPackTerms: { packId: 'org', retentionDays: 7 },
  });
  const now = Date.now();
  await record(page, [
    makeEvent({ id: 'recent', time: now - DAY, text: 'Secret launch plans', excerpt: 'Secret launch' }),
    makeEvent({ id: 'old', time: now - 10 * DAY, text: 'Older secret', excerpt: 'Older' }),
  ]);
  const stored = await storedEvents(page);
  expect(stored.map((e) => e.id)).toEqual(['recent']);
  expect(stored[0]).not.toHaveProperty('text');
  expect(stored[0]).not.toHaveProperty('excerpt');
  await openReview(context, extensionId, page);
  await expect(page.locator('.history-table')).not.toContainText('Secret');
});
