// Shared by the security specs: reading the history database straight from the service worker.
import type { Worker } from '@playwright/test';

export interface StoredEvent {
  id: string;
  outcome: string;
  site: string;
  text?: string;
  excerpt?: string;
  imported?: number;
}

/** Every event in the history database (own and imported), read in the service worker. */
export function storedEvents(serviceWorker: Worker): Promise<StoredEvent[]> {
  return serviceWorker.evaluate(
    async () =>
      // Opening a database that does not exist would create it: look first.
      !(await indexedDB.databases()).some((d) => d.name === 'posting-coach-history')
        ? []
        : new Promise<StoredEvent[]>((resolve, reject) => {
        const req = indexedDB.open('posting-coach-history');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const stores = ['events', 'imported'].filter((s) => db.objectStoreNames.contains(s));
          if (!stores.length) return resolve([]);
          const tx = db.transaction(stores, 'readonly');
          const out: StoredEvent[] = [];
          for (const s of stores) {
            const all = tx.objectStore(s).getAll();
            all.onsuccess = () => out.push(...(all.result as StoredEvent[]));
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}
