// What the user's own events and the imported ones are stored alike with: adding an event
// that may already be there, reading and counting by time, and retention by age and count.
// Each store (history-store.ts, imported-store.ts) keeps its own policy around these steps.
import type { HistoryEvent } from './events';
import { inTransaction } from './db';
import { planPrune } from './retention';
import type { HistoryPolicy } from './policy';

export interface AddResult {
  added: number;
  duplicates: number;
}

/** Adds one value within a running transaction; an id already stored counts as a duplicate. */
export function addCounted(store: IDBObjectStore, value: HistoryEvent, out: AddResult): void {
  const req = store.add(value);
  req.onsuccess = () => void out.added++;
  req.onerror = (ev) => {
    if (req.error?.name !== 'ConstraintError') return;
    // A duplicate id must not abort the other events of the batch.
    ev.preventDefault();
    ev.stopPropagation();
    out.duplicates++;
  };
}

/** Starts deleting the `n` oldest events within the running transaction; returns n. */
export function deleteOldest(byTime: IDBIndex, n: number): number {
  let left = n;
  const cursorReq = byTime.openCursor();
  cursorReq.onsuccess = () => {
    const cursor = cursorReq.result;
    if (!cursor || left <= 0) return;
    cursor.delete();
    left--;
    if (left > 0) cursor.continue();
  };
  return n;
}

/** Deletes a store's events older than the window, then the oldest beyond the maximum. Returns how many went. */
export function pruneStore(db: IDBDatabase, storeName: string, policy: Pick<HistoryPolicy, 'retentionDays' | 'maxEvents'>, now: number): Promise<number> {
  return inTransaction(db, [storeName], 'readwrite', (tx) => {
    const store = tx.objectStore(storeName);
    const byTime = store.index('time');
    let removed = 0;
    const cutoff = planPrune(policy, now, 0).cutoff;
    const old = byTime.openCursor(IDBKeyRange.upperBound(cutoff, true));
    old.onsuccess = () => {
      const cursor = old.result;
      if (cursor) {
        cursor.delete();
        removed++;
        cursor.continue();
        return;
      }
      const count = store.count();
      count.onsuccess = () => {
        const { excess } = planPrune(policy, now, count.result);
        if (excess > 0) removed += deleteOldest(byTime, excess);
      };
    };
    return () => removed;
  });
}

/** All of a store's events, oldest first. */
export function readByTime(db: IDBDatabase, storeName: string): Promise<HistoryEvent[]> {
  return inTransaction(db, [storeName], 'readonly', (tx) => {
    const req = tx.objectStore(storeName).index('time').getAll();
    return () => req.result as HistoryEvent[];
  });
}

export function countStore(db: IDBDatabase, storeName: string): Promise<number> {
  return inTransaction(db, [storeName], 'readonly', (tx) => {
    const req = tx.objectStore(storeName).count();
    return () => req.result;
  });
}
