import { describe, expect, it } from 'vitest';
import { orderCards } from './model';

describe('orderCards', () => {
  it('puts warnings first, then the specific card before the generic one', () => {
    const cards = [
      { id: 'a', severity: 'nudge', category: 'broadcasting' },
      { id: 'b', severity: 'nudge', category: 'press-release' },
      { id: 'c', severity: 'warning', category: 'confidential' },
      { id: 'd', severity: 'info', category: 'off-strategy' },
      { id: 'e', severity: 'nudge', category: 'self-promotion' },
    ] as const;
    expect(orderCards(cards).map((c) => c.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });
});
