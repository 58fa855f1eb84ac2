// The background is the only writer of the nudge history. It answers the history messages of
// every surface and prunes old events on each write and on an alarm.
import { browser } from 'wxt/browser';
import { getActivePack, getSettings } from '../settings/store';
import { openHistoryDb } from '../history/db';
import { policyFrom } from '../history/policy';
import { HistoryService } from '../history/service';
import { isHistoryRequest } from '../history/messages';

const PRUNE_ALARM = 'history-prune';

export function registerHistoryWriter(): void {
  let db: Promise<IDBDatabase> | undefined;
  const service = new HistoryService({
    db: () => (db ??= openHistoryDb().catch((error) => ((db = undefined), Promise.reject(error)))),
    policy: async () => policyFrom(await getSettings(), (await getActivePack()).pack),
    promotionNorm: async () => (await getActivePack()).pack.promotionNorm,
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isHistoryRequest(message)) return undefined;
    // Only this extension's own pages and content scripts may touch the history.
    if (sender.id !== browser.runtime.id) return undefined;
    // The reply is sent only after the transaction has completed.
    return service.handle(message).catch((error: unknown) => ({ ok: false, error: String((error as Error)?.message ?? error) }));
  });

  // Created once: re-creating it on every worker start would keep postponing it.
  void browser.alarms.get(PRUNE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 360, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void service.prune();
  });
}
