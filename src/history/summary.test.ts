import { describe, expect, it } from 'vitest';
import { summarise } from './summary';
import { trendOf } from './aggregate';
import { makeEvent } from './test-event';

const now = new Date(2026, 10, 25, 15).getTime(); // a Wednesday afternoon, local time
const hour = 3_600_000;

const events = [
  // Post 1 today: broadcasting nudge shown, then fixed; posted clean.
  makeEvent({ id: '1', postId: 'p1', time: now - 2 * hour, outcome: 'shown' }),
  makeEvent({ id: '2', postId: 'p1', time: now - 2 * hour + 1, outcome: 'fixed' }),
  makeEvent({ id: '3', postId: 'p1', time: now - 2 * hour + 2, outcome: 'posted-clean', rule: '', category: '', severity: '' }),
  // Post 2 three days ago: broadcasting left open.
  makeEvent({ id: '4', postId: 'p2', time: now - 72 * hour, outcome: 'shown' }),
  makeEvent({ id: '5', postId: 'p2', time: now - 72 * hour + 1, outcome: 'posted-open' }),
  // Post 3 yesterday: a self-promotion nudge dismissed, shown twice; posted with it open.
  makeEvent({ id: '6', postId: 'p3', time: now - 24 * hour, rule: 'self-praise', category: 'self-promotion', outcome: 'shown' }),
  makeEvent({ id: '7', postId: 'p3', time: now - 24 * hour + 5, rule: 'self-praise', category: 'self-promotion', outcome: 'shown' }),
  makeEvent({ id: '8', postId: 'p3', time: now - 24 * hour + 9, rule: 'self-praise', category: 'self-promotion', outcome: 'posted-open' }),
  // Two weeks ago: outside the weekly window.
  makeEvent({ id: '9', postId: 'p4', time: now - 14 * 24 * hour, outcome: 'posted-open' }),
];

describe('the weekly summary', () => {
  it('counts posts, conversations started and nudges acted on over the last seven days', () => {
    const s = summarise(events, now);
    expect(s.week).toMatchObject({ posts: 3, conversational: 2, nudges: 3, actedOn: 1 });
    expect(s.today).toBe(1);
    expect(new Date(s.week.from).getDay()).toBe(4); // Thursday six days before, at midnight
  });

  it('is all zeros for an empty history', () => {
    expect(summarise([], now)).toMatchObject({ today: 0, week: { posts: 0, conversational: 0, nudges: 0, actedOn: 0 } });
  });
});

describe('the trend', () => {
  it('counts each nudge (rule on a post) once, in the week it first appeared, and the share fixed', () => {
    const t = trendOf(events);
    expect(t.rules).toEqual(['broadcast-only', 'self-praise']);
    expect(t.nudges).toBe(4);
    expect(t.fixed).toBe(1);
    expect(t.weeks).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    expect(t.counts['broadcast-only']).toEqual({ '2026-11-09': 1, '2026-11-16': 1, '2026-11-23': 1 });
    expect(t.counts['self-praise']).toEqual({ '2026-11-23': 1 });
    expect(t.acted['2026-11-23']).toEqual({ nudges: 2, fixed: 1 });
    expect(t.acted['2026-11-16']).toEqual({ nudges: 1, fixed: 0 });
  });
});
