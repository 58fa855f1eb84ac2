import { describe, expect, it } from 'vitest';
import { leisureSpans } from './leisure';

const words = (text: string) => leisureSpans(text).map((s) => text.slice(s.start, s.end).toLowerCase());

describe('leisureSpans', () => {
  it('finds snacks, TV contests, matches and favourite polls in both languages', () => {
    expect(words('Welke frietsaus wint? Stem in onze stories!')).toEqual(['frietsaus', 'stem in onze stories']);
    expect(words('Wie kijkt er mee naar het Songfestival?')).toEqual(['songfestival']);
    expect(words('Who else is glued to the Bake Off final tonight?')).toContain('bake off');
    expect(words('What a match! That penalty 😍')).toEqual(['what a match', 'penalty']);
  });
  it('does not read work words as leisure', () => {
    expect(words('De finale planning van de renovatie is klaar.')).toEqual([]);
    expect(words('Our heat pump tariff explained in three steps.')).toEqual([]);
    expect(words('Burgerpanel: denk mee over de begroting.')).toEqual([]);
    expect(words('Tijdens de kerstvakantie is de ticketbalie gesloten; muziek van Fanfare Kolhorst op het havenfeest.')).toEqual([]);
    expect(words('The desk is closed over half-term, and the Colliery Band plays at the gala.')).toEqual([]);
    expect(words('Tumble dry on low with two clean tennis balls to break up the clumps.')).toEqual([]);
  });
});
