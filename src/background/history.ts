// The background is the only writer of the nudge history. It answers the history messages of
// every surface and prunes old events on each write and on an alarm.
import { browser } from 'wxt/browser';
import { getActivePack } from '../settings/store';
import { readEffective } from '../settings/read-effective';
import { openHistoryDb } from '../history/db';
import { HistoryService } from '../history/service';
import { isHistoryRequest, type HistoryRequest } from '../history/messages';
import { TabRateLimit } from './rate-limit';
import { mayAsk, senderKind } from './senders';

const PRUNE_ALARM = 'history-prune';

export function registerHistoryWriter(): void {
  let db: Promise<IDBDatabase> | undefined;
  const service = new HistoryService({
    db: () => (db ??= openHistoryDb().catch((error) => ((db = undefined), Promise.reject(error)))),
    policy: async () => {
      const { privacy, retentionDays, maxEvents } = await readEffective();
      return { privacy, retentionDays, maxEvents };
    },
    promotionNorm: async () => (await getActivePack()).pack.promotionNorm,
  });

  const limit = new TabRateLimit();
  const base = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isHistoryRequest(message)) return undefined;
    // Extension pages may do everything; a content script (a web page may be behind it) may
    // only append events for its own tab, within a rate limit. Anyone else gets no answer.
    const kind = senderKind(sender, browser.runtime.id, base);
    if (!mayAsk(kind, message.type)) return kind === 'content-script' ? Promise.resolve({ ok: false, error: 'not allowed from a web page' }) : undefined;
    let request: HistoryRequest = message;
    if (kind === 'content-script' && message.type === 'history/record') {
      const events = Array.isArray(message.events) ? message.events : [];
      const allowed = limit.take(sender.tab!.id!, events.length);
      // Acknowledged either way, so the sender does not retry what was dropped on purpose.
      if (allowed === 0) return Promise.resolve({ ok: true, added: 0, duplicates: 0, rejected: events.length, errors: ['rate limit'] });
      request = { type: 'history/record', events: events.slice(0, allowed) };
    }
    // The reply is sent only after the transaction has completed.
    return service.handle(request).catch((error: unknown) => ({ ok: false, error: String((error as Error)?.message ?? error) }));
  });

  // Created once: re-creating it on every worker start would keep postponing it.
  void browser.alarms.get(PRUNE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 360, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void service.prune();
  });
}
