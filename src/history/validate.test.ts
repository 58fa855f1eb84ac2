import { describe, expect, it } from 'vitest';
import { checkEvent, checkEvents } from './validate';
import { makeEvent } from './test-event';

describe('the event model', () => {
  it('accepts a complete event and keeps only known fields', () => {
    const checked = checkEvent({ ...makeEvent({ excerpt: 'hi' }), extra: 'dropped' });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.event).toEqual(makeEvent({ excerpt: 'hi' }));
  });

  it('accepts a posted-clean event with empty rule, category and severity', () => {
    expect(checkEvent(makeEvent({ outcome: 'posted-clean', rule: '', category: '', severity: '' })).ok).toBe(true);
  });

  it('reads a time given as text (as CSV gives it)', () => {
    const checked = checkEvent({ ...makeEvent(), time: '1700000000000' });
    expect(checked.ok && checked.event.time).toBe(1700000000000);
  });

  it.each([
    [{ id: '' }, 'missing id'],
    [{ time: 'soon' }, 'time is not a number'],
    [{ outcome: 'posted' }, 'unknown outcome "posted"'],
    [{ category: 'spam' }, 'unknown category "spam"'],
    [{ lang: 'de' }, 'unknown language "de"'],
    [{ site: 3 }, 'site must be text'],
  ])('rejects %o with a clear message', (over, message) => {
    const checked = checkEvent({ ...makeEvent(), ...over });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toContain(message);
  });

  it('keeps good events when some are bad, and counts the bad ones', () => {
    const result = checkEvents([makeEvent({ id: 'a' }), null, makeEvent({ id: 'b' }), { ...makeEvent({ id: 'c' }), outcome: 'x' }]);
    expect(result.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.rejected).toBe(2);
    expect(result.errors).toHaveLength(2);
  });
});
