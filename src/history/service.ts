// The writer and query side of the history, as the background runs it. Kept apart from the
// extension APIs (settings and the clock are passed in) so it can be tested in Node.
import type { HistoryEvent } from './events';
import type { HistoryRequest, ImportReply, OverviewReply, QueryReply, SummaryReply } from './messages';
import { addWithRoom, clearEvents, countEvents, pruneEvents, readAll, readNewest, readQuotaNote } from './history-store';
import { applyPrivacy, type HistoryPolicy } from './policy';
import { checkEvents } from './validate';
import { addImported, clearImported, countImported, importBatches, pruneImported, readImported, removeBatch } from './imported-store';
import { isEmptyFilter, matcher, type HistoryFilter } from './filter';
import { trendOf, type Trend } from './aggregate';
import { promotionRatio, type PromotionRatio } from './ratio';
import { summarise } from './summary';

export interface ServiceDeps {
  db: () => Promise<IDBDatabase>;
  policy: () => Promise<HistoryPolicy>;
  promotionNorm: () => Promise<number | undefined>;
  now?: () => number;
}

export class HistoryService {
  /** All events oldest first, read once and dropped on every write. */
  private cache?: Promise<HistoryEvent[]>;
  /** True once `cache` has resolved. */
  private loaded = false;
  /** Recent filters' matches (newest first) and trends, so paging and going back cost nothing. */
  private readonly matches = new Recent<HistoryEvent[]>(6);
  private readonly trends = new Recent<Trend>(6);
  private facets?: { source: HistoryEvent[]; norm: number | undefined; sites: string[]; rules: string[]; ratio: PromotionRatio };
  private readonly now: () => number;

  constructor(private readonly deps: ServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  async handle(msg: HistoryRequest): Promise<unknown> {
    switch (msg.type) {
      case 'history/record':
        return { ok: true, ...(await this.write(msg.events)) };
      case 'history/import':
        return { ok: true, ...(await this.write(msg.events, validBatch(msg.batch) ?? this.now())) } satisfies ImportReply;
      case 'history/remove-import': {
        const batch = validBatch(msg.batch);
        const removed = batch === undefined ? 0 : await removeBatch(await this.deps.db(), batch);
        this.invalidate();
        return { ok: true, removed };
      }
      case 'history/query':
        return this.query(msg.filter ?? {}, msg.offset ?? 0, msg.limit ?? 100);
      case 'history/overview':
        return this.overview(msg.filter ?? {});
      case 'history/summary':
        // The weekly summary is about the user's own writing: imported events stay out of it.
        return { ok: true, ...summarise((await this.all()).filter((e) => e.imported === undefined), this.now()) } satisfies SummaryReply;
      case 'history/clear':
        await clearEvents(await this.deps.db());
        await clearImported(await this.deps.db());
        this.invalidate();
        return { ok: true };
      case 'history/prune':
        return { ok: true, removed: await this.prune() };
    }
  }

  /** Validates, trims to the privacy level, stores (one transaction), then applies retention. */
  async write(raw: unknown, importBatch?: number): Promise<Omit<ImportReply, 'ok'>> {
    const { events, errors, rejected } = checkEvents(Array.isArray(raw) ? raw : [], 20, this.now());
    const policy = await this.deps.policy();
    const db = await this.deps.db();
    const clean = events.map((e) => applyPrivacy(e, policy.privacy));
    this.invalidate();
    const none = { added: 0, duplicates: 0 };
    if (importBatch !== undefined) {
      // Imported events go to their own store: they never evict (or count as) the user's own.
      const { added, duplicates } = clean.length ? await addImported(db, clean, importBatch) : none;
      if (added) await pruneImported(db, policy, this.now());
      this.invalidate();
      return { added, duplicates, rejected, errors };
    }
    const { added, duplicates } = clean.length ? await addWithRoom(db, clean, this.now()) : none;
    if (added) await pruneEvents(db, policy, this.now());
    this.invalidate();
    return { added, duplicates, rejected, errors };
  }

  async prune(): Promise<number> {
    const db = await this.deps.db();
    const policy = await this.deps.policy();
    const removed = (await pruneEvents(db, policy, this.now())) + (await pruneImported(db, policy, this.now()));
    if (removed) this.invalidate();
    return removed;
  }

  async query(filter: HistoryFilter, offset: number, limit: number): Promise<QueryReply> {
    const start = Math.max(0, Math.floor(offset));
    const size = Math.max(0, Math.min(limit, 10_000));
    // Before the full read is done (a worker just started), an unfiltered page comes straight
    // from the time index, so the first screen does not wait for 100,000 events.
    if (!this.loaded && isEmptyFilter(filter) && size <= 500 && (await countImported(await this.deps.db())) === 0) {
      return { ok: true, ...(await readNewest(await this.deps.db(), start, size)) };
    }
    const matches = await this.matching(filter);
    return { ok: true, total: matches.length, events: matches.slice(start, start + size) };
  }

  async overview(filter: HistoryFilter): Promise<OverviewReply> {
    const quota = await readQuotaNote(await this.deps.db());
    const norm = await this.deps.promotionNorm();
    const source = this.all();
    const all = await source;
    const matches = await this.matching(filter);
    if (this.cache !== source) return this.overview(filter);
    // Facets and the ratio depend on all events only; keep them until the next write.
    if (this.facets?.source !== all || this.facets.norm !== norm) this.facets = { source: all, norm, ...facetsOf(all), ratio: promotionRatio(all, this.now(), norm) };
    const key = JSON.stringify(filter);
    const trend = this.trends.get(key) ?? this.trends.set(key, trendOf(matches));
    return {
      ok: true,
      stored: all.length,
      matching: matches.length,
      sites: this.facets.sites,
      rules: this.facets.rules,
      trend,
      ratio: this.facets.ratio,
      ...(quota ? { quota } : {}),
      imports: importBatches(all),
    };
  }

  async count(): Promise<number> {
    return countEvents(await this.deps.db());
  }

  private async matching(filter: HistoryFilter): Promise<HistoryEvent[]> {
    const key = JSON.stringify(filter);
    const source = this.all();
    const all = await source;
    // A write that landed while we waited dropped the caches; never keep results from older data.
    if (this.cache !== source) return this.matching(filter);
    const known = this.matches.get(key);
    if (known) return known;
    const test = matcher(filter);
    const events: HistoryEvent[] = [];
    for (let i = all.length - 1; i >= 0; i--) if (test(all[i]!)) events.push(all[i]!);
    return this.matches.set(key, events);
  }

  private all(): Promise<HistoryEvent[]> {
    if (this.cache) return this.cache;
    // The user's own and imported events, oldest first.
    const cache = this.deps.db().then(async (db) => mergeByTime(await readAll(db), await readImported(db)));
    this.cache = cache;
    cache.then(
      () => this.cache === cache && (this.loaded = true),
      // A failed read must not stick.
      () => this.cache === cache && (this.cache = undefined),
    );
    return cache;
  }

  private invalidate(): void {
    this.cache = undefined;
    this.loaded = false;
    this.matches.clear();
    this.trends.clear();
    this.facets = undefined;
  }
}

function validBatch(batch: unknown): number | undefined {
  return typeof batch === 'number' && Number.isFinite(batch) ? batch : undefined;
}

function mergeByTime(a: HistoryEvent[], b: HistoryEvent[]): HistoryEvent[] {
  if (!b.length) return a;
  const out: HistoryEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.time <= b[j]!.time)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

function facetsOf(events: readonly HistoryEvent[]): { sites: string[]; rules: string[] } {
  const sites = new Set<string>();
  const rules = new Set<string>();
  for (const e of events) {
    sites.add(e.site);
    if (e.rule) rules.add(e.rule);
  }
  return { sites: [...sites].sort(), rules: [...rules].sort() };
}

/** A small most-recently-used map. */
class Recent<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): V {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
    return value;
  }
  clear(): void {
    this.map.clear();
  }
}
