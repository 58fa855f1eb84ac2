// Per-tab limit on history events from content scripts: a page that scripts its own boxes can
// at worst add a few events, never flood the history or evict the user's own.

export interface RateLimitOptions {
  /** Events a tab may add within one window. */
  perWindow: number;
  windowMs: number;
}

export const HISTORY_RATE: RateLimitOptions = { perWindow: 120, windowMs: 60_000 };

export class TabRateLimit {
  private readonly used = new Map<number, { start: number; count: number }>();
  constructor(private readonly options: RateLimitOptions = HISTORY_RATE, private readonly now: () => number = Date.now) {}

  /** How many of `n` events the tab may add now (the rest are dropped). */
  take(tabId: number, n: number): number {
    const t = this.now();
    let slot = this.used.get(tabId);
    if (!slot || t - slot.start >= this.options.windowMs) {
      slot = { start: t, count: 0 };
      this.used.set(tabId, slot);
    }
    const allowed = Math.max(0, Math.min(n, this.options.perWindow - slot.count));
    slot.count += allowed;
    if (this.used.size > 1000) this.forgetOld(t);
    return allowed;
  }

  private forgetOld(t: number): void {
    for (const [tab, slot] of this.used) if (t - slot.start >= this.options.windowMs) this.used.delete(tab);
  }
}
