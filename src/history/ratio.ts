// The promotion ratio: of the posts sent, how many went out with a self-promotion nudge
// still open, set against the pack's norm (default one in ten).
import type { HistoryEvent } from './events';
import { DAY_MS } from './time';

export const DEFAULT_PROMOTION_NORM = 0.1;
export const RATIO_WINDOW_DAYS = 30;

export interface PromotionRatio {
  posts: number;
  promotional: number;
  /** promotional / posts; 0 when nothing was posted. */
  share: number;
  norm: number;
  overNorm: boolean;
  windowDays: number;
}

export function isPosted(e: HistoryEvent): boolean {
  return e.outcome === 'posted-open' || e.outcome === 'posted-clean';
}

export function promotionRatio(events: Iterable<HistoryEvent>, now: number, norm = DEFAULT_PROMOTION_NORM, windowDays = RATIO_WINDOW_DAYS): PromotionRatio {
  const since = now - windowDays * DAY_MS;
  const posts = new Set<string>();
  const promotional = new Set<string>();
  for (const e of events) {
    if (!isPosted(e) || e.time < since || e.time > now) continue;
    posts.add(e.postId);
    if (e.outcome === 'posted-open' && e.category === 'self-promotion') promotional.add(e.postId);
  }
  const share = posts.size ? promotional.size / posts.size : 0;
  const safeNorm = Number.isFinite(norm) && norm >= 0 && norm <= 1 ? norm : DEFAULT_PROMOTION_NORM;
  return { posts: posts.size, promotional: promotional.size, share, norm: safeNorm, overNorm: share > safeNorm, windowDays };
}
