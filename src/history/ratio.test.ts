import { describe, expect, it } from 'vitest';
import { promotionRatio } from './ratio';
import { makeEvent } from './test-event';

const now = Date.UTC(2026, 10, 24, 12);
const day = 86_400_000;

function post(postId: string, daysAgo: number, promo: boolean, extra = false) {
  const time = now - daysAgo * day;
  const events = [
    promo
      ? makeEvent({ id: `${postId}-o`, postId, time, outcome: 'posted-open', rule: 'self-praise', category: 'self-promotion' })
      : makeEvent({ id: `${postId}-c`, postId, time, outcome: 'posted-clean', rule: '', category: '', severity: '' }),
  ];
  // A second open nudge on the same post must not make it count twice.
  if (extra) events.push(makeEvent({ id: `${postId}-b`, postId, time, outcome: 'posted-open', rule: 'broadcast-only', category: 'broadcasting' }));
  return events;
}

describe('the promotion ratio', () => {
  it('is the share of posts sent that went out self-promotional', () => {
    const events = [...post('a', 1, true, true), ...post('b', 2, false), ...post('c', 3, false), ...post('d', 4, false)];
    const r = promotionRatio(events, now, 0.1);
    expect(r).toMatchObject({ posts: 4, promotional: 1, share: 0.25, norm: 0.1, overNorm: true });
  });

  it('stays within the norm at one post in ten', () => {
    const events = Array.from({ length: 10 }, (_, i) => post(`p${i}`, 1, i === 0)).flat();
    expect(promotionRatio(events, now, 0.1)).toMatchObject({ posts: 10, promotional: 1, share: 0.1, overNorm: false });
  });

  it('only looks at the recent window and at posted events', () => {
    const events = [
      ...post('old', 45, true),
      ...post('new', 1, false),
      makeEvent({ id: 's', postId: 'draft', outcome: 'shown', category: 'self-promotion', time: now - day }),
    ];
    expect(promotionRatio(events, now)).toMatchObject({ posts: 1, promotional: 0, share: 0, windowDays: 30 });
  });

  it('is zero, not NaN, when nothing was posted, and falls back to one in ten for a bad norm', () => {
    expect(promotionRatio([], now, Number.NaN)).toMatchObject({ posts: 0, share: 0, norm: 0.1, overNorm: false });
  });
});
