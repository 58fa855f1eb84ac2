// The IndexedDB history store: events keyed by their producer-made id (so a retried or
// re-imported event is never stored twice) with a time index for retention and reading.
import type { HistoryEvent } from './events';
import { EVENTS, META, inTransaction, isQuotaError } from './db';
import { addCounted, countStore, deleteOldest, pruneStore, readByTime, type AddResult } from './store-ops';
import type { HistoryPolicy } from './policy';

export type { AddResult } from './store-ops';

export interface QuotaNote {
  /** When the last quota pruning happened. */
  at: number;
  /** Events removed to make room, in total. */
  removed: number;
}

/** Adds events in one transaction; an id already stored is counted as a duplicate and left as it is. */
export function addEvents(db: IDBDatabase, events: readonly HistoryEvent[]): Promise<AddResult> {
  return inTransaction(db, [EVENTS], 'readwrite', (tx) => {
    const store = tx.objectStore(EVENTS);
    const out: AddResult = { added: 0, duplicates: 0 };
    for (const event of events) addCounted(store, event, out);
    return () => out;
  });
}

/** Deletes events older than the window, then the oldest beyond the maximum. Returns how many went. */
export const pruneEvents = (db: IDBDatabase, policy: Pick<HistoryPolicy, 'retentionDays' | 'maxEvents'>, now: number): Promise<number> => pruneStore(db, EVENTS, policy, now);

export function dropOldest(db: IDBDatabase, n: number): Promise<number> {
  return inTransaction(db, [EVENTS], 'readwrite', (tx) => {
    const store = tx.objectStore(EVENTS);
    const count = store.count();
    let removed = 0;
    count.onsuccess = () => {
      removed = Math.min(n, count.result);
      if (removed > 0) deleteOldest(store.index('time'), removed);
    };
    return () => removed;
  });
}

/** Adds events; on a full quota, removes the oldest events, notes it, and tries again. */
export async function addWithRoom(db: IDBDatabase, events: readonly HistoryEvent[], now: number, attempts = 4): Promise<AddResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await addEvents(db, events);
    } catch (error) {
      if (!isQuotaError(error) || attempt >= attempts) throw error;
      const total = await countEvents(db);
      const removed = await dropOldest(db, Math.max(events.length, Math.ceil(total * 0.05), 50));
      await noteQuota(db, removed, now);
      if (removed === 0) throw error;
    }
  }
}

export const countEvents = (db: IDBDatabase): Promise<number> => countStore(db, EVENTS);

/** All events, oldest first. */
export const readAll = (db: IDBDatabase): Promise<HistoryEvent[]> => readByTime(db, EVENTS);

/** One page of events, newest first, without reading the rest: for a first screen before the full read. */
export function readNewest(db: IDBDatabase, offset: number, limit: number): Promise<{ total: number; events: HistoryEvent[] }> {
  return inTransaction(db, [EVENTS], 'readonly', (tx) => {
    const store = tx.objectStore(EVENTS);
    const count = store.count();
    const events: HistoryEvent[] = [];
    let skipped = offset <= 0;
    const cursorReq = store.index('time').openCursor(null, 'prev');
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor || events.length >= limit) return;
      if (!skipped) {
        skipped = true;
        cursor.advance(offset);
        return;
      }
      events.push(cursor.value as HistoryEvent);
      if (events.length < limit) cursor.continue();
    };
    return () => ({ total: count.result, events });
  });
}

export function clearEvents(db: IDBDatabase): Promise<void> {
  return inTransaction(db, [EVENTS, META], 'readwrite', (tx) => {
    tx.objectStore(EVENTS).clear();
    tx.objectStore(META).clear();
    return () => undefined;
  });
}

async function noteQuota(db: IDBDatabase, removed: number, now: number): Promise<void> {
  const before = await readQuotaNote(db);
  await inTransaction(db, [META], 'readwrite', (tx) => {
    tx.objectStore(META).put({ at: now, removed: (before?.removed ?? 0) + removed } satisfies QuotaNote, 'quota');
    return () => undefined;
  });
}

export function readQuotaNote(db: IDBDatabase): Promise<QuotaNote | undefined> {
  return inTransaction(db, [META], 'readonly', (tx) => {
    const req = tx.objectStore(META).get('quota');
    return () => req.result as QuotaNote | undefined;
  });
}
