import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistoryDb } from './db';
import { addEvents, addWithRoom, countEvents, pruneEvents, readAll, readQuotaNote } from './history-store';
import { pruneList } from './retention';
import { makeEvent } from './test-event';
import { sampleEvents } from './sample-events';

let db: IDBDatabase;
let n = 0;
beforeEach(async () => {
  db = await openHistoryDb(indexedDB, `test-${n++}`);
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

describe('the history store', () => {
  it('stores each id once, however often it is sent', async () => {
    const batch = [makeEvent({ id: 'a' }), makeEvent({ id: 'b' })];
    expect(await addEvents(db, batch)).toEqual({ added: 2, duplicates: 0 });
    expect(await addEvents(db, [...batch, makeEvent({ id: 'c' }), makeEvent({ id: 'c' })])).toEqual({ added: 1, duplicates: 3 });
    expect((await readAll(db)).map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps the first version of an event when a duplicate differs', async () => {
    await addEvents(db, [makeEvent({ id: 'a', excerpt: 'first' })]);
    await addEvents(db, [makeEvent({ id: 'a', excerpt: 'second' })]);
    expect((await readAll(db))[0]?.excerpt).toBe('first');
  });

  it('reads events oldest first', async () => {
    await addEvents(db, [makeEvent({ id: 'new', time: 300 }), makeEvent({ id: 'old', time: 100 }), makeEvent({ id: 'mid', time: 200 })]);
    expect((await readAll(db)).map((e) => e.id)).toEqual(['old', 'mid', 'new']);
  });

  it('prunes exactly what the retention rule says', async () => {
    const now = Date.UTC(2026, 10, 24);
    const events = sampleEvents(400, { now, days: 60, seed: 3 });
    await addEvents(db, events);
    const policy = { retentionDays: 30, maxEvents: 150 };
    const expected = pruneList(events, policy, now).map((e) => e.id).sort();
    const removed = await pruneEvents(db, policy, now);
    const left = (await readAll(db)).map((e) => e.id).sort();
    expect(left).toEqual(expected);
    expect(removed).toBe(400 - expected.length);
    expect(left).toHaveLength(150);
  });

  it('on a full quota removes the oldest events, notes it, and stores the new ones', async () => {
    await addEvents(db, Array.from({ length: 100 }, (_, i) => makeEvent({ id: `old-${i}`, time: i })));
    const put = IDBObjectStore.prototype.add;
    let fails = 1;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (fails > 0) {
        fails--;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    });
    const result = await addWithRoom(db, [makeEvent({ id: 'new', time: 1000 })], 5000);
    expect(result.added).toBe(1);
    const left = await readAll(db);
    expect(left.some((e) => e.id === 'new')).toBe(true);
    expect(left.some((e) => e.id === 'old-0')).toBe(false);
    expect(left.some((e) => e.id === 'old-99')).toBe(true);
    expect(await readQuotaNote(db)).toEqual({ at: 5000, removed: 50 });
    expect(await countEvents(db)).toBe(51);
  });
});
