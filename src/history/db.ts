// Opening the history database and running one transaction as a promise. A transaction's
// promise settles only when IndexedDB reports it complete (or aborted), so a caller that
// acknowledges afterwards never acknowledges a write that could still be lost.

export const DB_NAME = 'posting-coach-history';
export const EVENTS = 'events';
export const META = 'meta';
/** Imported events live apart from the user's own, so they never count against (or evict) them. */
export const IMPORTED = 'imported';

export function openHistoryDb(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 2);
    // Stores are created when missing (not by version number), so any earlier state upgrades.
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(EVENTS)) {
        const events = db.createObjectStore(EVENTS, { keyPath: 'id' });
        events.createIndex('time', 'time');
      }
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
      if (!db.objectStoreNames.contains(IMPORTED)) {
        const imported = db.createObjectStore(IMPORTED, { keyPath: 'id' });
        imported.createIndex('time', 'time');
        imported.createIndex('batch', 'imported');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('could not open the history database'));
    req.onblocked = () => reject(new Error('the history database is blocked by another connection'));
  });
}

/** Runs `work` in one transaction; resolves with its result after the transaction completes. */
export function inTransaction<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // 'strict' asks for the data to be on disk before 'complete' fires.
    const tx = db.transaction(stores, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
    let result: () => T;
    tx.oncomplete = () => resolve(result());
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    try {
      result = work(tx);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished or aborting
      }
      reject(error);
    }
  });
}

export function isQuotaError(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'QuotaExceededError';
}
