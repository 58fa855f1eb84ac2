import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from './db';
import { HistoryService } from './service';
import type { HistoryPolicy } from './policy';
import type { OverviewReply, QueryReply } from './messages';
import { makeEvent } from './test-event';

let n = 0;
function service(policy: Partial<HistoryPolicy> = {}, now = Date.UTC(2026, 10, 24, 12)) {
  const db = openHistoryDb(indexedDB, `service-${n++}`);
  const full: HistoryPolicy = { privacy: 'excerpt', retentionDays: 180, maxEvents: 1000, ...policy };
  return new HistoryService({ db: () => db, policy: async () => full, promotionNorm: async () => 0.2, now: () => now });
}

describe('the history service', () => {
  it('enforces the privacy level again when writing', async () => {
    const s = service({ privacy: 'none' });
    await s.handle({ type: 'history/record', events: [makeEvent({ id: 'a', text: 'secret post', excerpt: 'secret' })] });
    const { events } = (await s.handle({ type: 'history/query' })) as QueryReply;
    expect(events[0]).not.toHaveProperty('text');
    expect(events[0]).not.toHaveProperty('excerpt');
  });

  it('acknowledges duplicates without storing them twice and reports rejected events', async () => {
    const s = service();
    const batch = [makeEvent({ id: 'a' }), makeEvent({ id: 'b', time: Date.UTC(2026, 10, 24) })];
    expect(await s.handle({ type: 'history/record', events: batch })).toMatchObject({ ok: true, added: 2, duplicates: 0 });
    expect(await s.handle({ type: 'history/import', events: [...batch, { id: 'x' }] })).toMatchObject({ ok: true, added: 0, duplicates: 2, rejected: 1 });
    expect(((await s.handle({ type: 'history/query' })) as QueryReply).total).toBe(2);
  });

  it('filters, pages newest first, and sees new writes at once', async () => {
    const s = service();
    const events = Array.from({ length: 30 }, (_, i) => makeEvent({ id: `e${i}`, time: Date.UTC(2026, 10, 1) + i * 1000, site: i % 2 ? 'x' : 'linkedin' }));
    await s.handle({ type: 'history/record', events });
    const page = (await s.handle({ type: 'history/query', filter: { site: 'x' }, offset: 5, limit: 5 })) as QueryReply;
    expect(page.total).toBe(15);
    expect(page.events.map((e) => e.id)).toEqual(['e19', 'e17', 'e15', 'e13', 'e11']);
    await s.handle({ type: 'history/record', events: [makeEvent({ id: 'late', site: 'x', time: Date.UTC(2026, 10, 2) })] });
    expect(((await s.handle({ type: 'history/query', filter: { site: 'x' }, limit: 1 })) as QueryReply).events[0]?.id).toBe('late');
  });

  it('gives an overview with facets, trend and the ratio against the pack norm', async () => {
    const s = service();
    await s.handle({
      type: 'history/record',
      events: [
        makeEvent({ id: '1', postId: 'p1', site: 'x', outcome: 'posted-open', rule: 'self-praise', category: 'self-promotion' }),
        makeEvent({ id: '2', postId: 'p2', site: 'linkedin', outcome: 'posted-clean', rule: '', category: '', severity: '' }),
      ],
    });
    const o = (await s.handle({ type: 'history/overview', filter: {} })) as OverviewReply;
    expect(o).toMatchObject({ stored: 2, matching: 2, sites: ['linkedin', 'x'], rules: ['self-praise'] });
    expect(o.ratio).toMatchObject({ posts: 2, promotional: 1, share: 0.5, norm: 0.2, overNorm: true });
  });

  it('clears everything', async () => {
    const s = service();
    await s.handle({ type: 'history/record', events: [makeEvent()] });
    await s.handle({ type: 'history/clear' });
    expect(((await s.handle({ type: 'history/query' })) as QueryReply).total).toBe(0);
  });
});

describe('the first screen', () => {
  it('pages newest first straight from the index before the full read, with the same answer as after it', async () => {
    const s = service();
    const events = Array.from({ length: 120 }, (_, i) => makeEvent({ id: `e${i}`, time: Date.UTC(2026, 10, 1) + ((i * 37) % 120) * 1000 }));
    await s.handle({ type: 'history/record', events });
    const fresh = (await s.handle({ type: 'history/query', offset: 40, limit: 30 })) as QueryReply;
    await s.handle({ type: 'history/overview' });
    const full = (await s.handle({ type: 'history/query', offset: 40, limit: 30 })) as QueryReply;
    expect(fresh.total).toBe(120);
    expect(fresh.events.map((e) => e.id)).toEqual(full.events.map((e) => e.id));
    expect(fresh.events.map((e) => e.time)).toEqual([...fresh.events.map((e) => e.time)].sort((a, b) => b - a));
  });
});

describe('reads during writes', () => {
  it('never serve results from before a write that has been acknowledged', async () => {
    const s = service();
    await s.handle({ type: 'history/record', events: Array.from({ length: 10 }, (_, i) => makeEvent({ id: `a${i}` })) });
    for (let round = 0; round < 5; round++) {
      const [, ack] = await Promise.all([
        s.handle({ type: 'history/overview', filter: { site: 'x' } }),
        s.handle({ type: 'history/record', events: [makeEvent({ id: `late${round}` })] }),
        s.handle({ type: 'history/query', filter: { site: 'x' } }),
      ]);
      expect(ack).toMatchObject({ ok: true, added: 1 });
      expect(((await s.handle({ type: 'history/query', filter: { site: 'x' } })) as QueryReply).total).toBe(11 + round);
      expect(((await s.handle({ type: 'history/overview', filter: { site: 'x' } })) as OverviewReply).matching).toBe(11 + round);
    }
  });
});
