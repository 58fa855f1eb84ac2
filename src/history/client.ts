// What the popup, options and review pages call to read or change the history. Only the
// background touches the database; these are its messages, typed.
import { browser } from 'wxt/browser';
import type { HistoryFilter } from './filter';
import type { ImportReply, OverviewReply, QueryReply, SummaryReply } from './messages';
import type { WeeklySummary } from './summary';
import type { HistoryEvent } from './events';
import { sendUntilAcknowledged } from './send';

async function ask<R>(message: unknown): Promise<R> {
  const reply = (await browser.runtime.sendMessage(message)) as (R & { ok?: boolean; error?: string }) | undefined;
  if (!reply || reply.ok !== true) throw new Error(reply?.error ?? 'the history did not answer');
  return reply;
}

export async function getTodayCount(): Promise<number> {
  return (await ask<SummaryReply>({ type: 'history/summary' })).today;
}

export async function getWeeklySummary(): Promise<WeeklySummary> {
  return (await ask<SummaryReply>({ type: 'history/summary' })).week;
}

export function queryHistory(filter: HistoryFilter = {}, offset = 0, limit = 100): Promise<QueryReply> {
  return ask<QueryReply>({ type: 'history/query', filter, offset, limit });
}

export function getOverview(filter: HistoryFilter = {}): Promise<OverviewReply> {
  return ask<OverviewReply>({ type: 'history/overview', filter });
}

/** Every event matching the filter, newest first, fetched in chunks to keep messages small. */
export async function queryAll(filter: HistoryFilter = {}, chunk = 5000): Promise<HistoryEvent[]> {
  const out: HistoryEvent[] = [];
  for (let offset = 0; ; offset += chunk) {
    const page = await queryHistory(filter, offset, chunk);
    out.push(...page.events);
    if (out.length >= page.total || page.events.length === 0) return out;
  }
}

/** Imports events in batches; each batch is sent again until acknowledged, so none is lost or doubled. */
export async function importEvents(events: readonly unknown[], onProgress?: (done: number) => void, batch = 1000): Promise<Omit<ImportReply, 'ok'>> {
  const total: Omit<ImportReply, 'ok'> = { added: 0, duplicates: 0, rejected: 0, errors: [] };
  // One import is one batch, however many messages carry it: it can be removed as one.
  const importBatch = Date.now();
  for (let i = 0; i < events.length; i += batch) {
    const reply = await sendUntilAcknowledged<ImportReply>({ type: 'history/import', events: events.slice(i, i + batch), batch: importBatch });
    if (!reply) throw new Error('the history did not answer; nothing after event ' + i + ' was imported');
    total.added += reply.added;
    total.duplicates += reply.duplicates;
    total.rejected += reply.rejected;
    total.errors.push(...reply.errors.slice(0, 20 - total.errors.length));
    onProgress?.(Math.min(events.length, i + batch));
  }
  return total;
}

/** Removes every event of one import batch. */
export async function removeImport(batch: number): Promise<number> {
  return (await ask<{ ok: true; removed: number }>({ type: 'history/remove-import', batch })).removed;
}

export async function clearHistory(): Promise<void> {
  await ask({ type: 'history/clear' });
}
