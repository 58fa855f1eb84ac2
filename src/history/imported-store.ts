// Imported events: stored apart from the user's own (their own store, their own retention), each
// marked with the batch it came in, so a whole import can be removed at once.
import type { HistoryEvent } from './events';
import { EVENTS, IMPORTED, inTransaction } from './db';
import { addCounted, countStore, pruneStore, readByTime, type AddResult } from './store-ops';
import type { HistoryPolicy } from './policy';

export interface ImportBatch {
  batch: number;
  count: number;
}

/** Adds imported events; one already among the user's own or already imported is a duplicate. */
export function addImported(db: IDBDatabase, events: readonly HistoryEvent[], batch: number): Promise<AddResult> {
  return inTransaction(db, [EVENTS, IMPORTED], 'readwrite', (tx) => {
    const own = tx.objectStore(EVENTS);
    const store = tx.objectStore(IMPORTED);
    const out: AddResult = { added: 0, duplicates: 0 };
    for (const event of events) {
      const known = own.getKey(event.id);
      known.onsuccess = () => {
        if (known.result !== undefined) return void out.duplicates++;
        addCounted(store, { ...event, imported: batch }, out);
      };
    }
    return () => out;
  });
}

export const readImported = (db: IDBDatabase): Promise<HistoryEvent[]> => readByTime(db, IMPORTED);

export const countImported = (db: IDBDatabase): Promise<number> => countStore(db, IMPORTED);

/** The import batches stored, newest first, with how many events each still holds. */
export function importBatches(events: readonly HistoryEvent[]): ImportBatch[] {
  const counts = new Map<number, number>();
  for (const e of events) if (e.imported !== undefined) counts.set(e.imported, (counts.get(e.imported) ?? 0) + 1);
  return [...counts].map(([batch, count]) => ({ batch, count })).sort((a, b) => b.batch - a.batch);
}

export function removeBatch(db: IDBDatabase, batch: number): Promise<number> {
  return inTransaction(db, [IMPORTED], 'readwrite', (tx) => {
    let removed = 0;
    const cursorReq = tx.objectStore(IMPORTED).index('batch').openCursor(IDBKeyRange.only(batch));
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor) return;
      cursor.delete();
      removed++;
      cursor.continue();
    };
    return () => removed;
  });
}

/** The same retention as the user's own, counted among imported events only. */
export const pruneImported = (db: IDBDatabase, policy: Pick<HistoryPolicy, 'retentionDays' | 'maxEvents'>, now: number): Promise<number> => pruneStore(db, IMPORTED, policy, now);

export function clearImported(db: IDBDatabase): Promise<void> {
  return inTransaction(db, [IMPORTED], 'readwrite', (tx) => {
    tx.objectStore(IMPORTED).clear();
    return () => undefined;
  });
}
