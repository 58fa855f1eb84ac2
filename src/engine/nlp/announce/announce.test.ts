import { describe, expect, it } from 'vitest';
import type { PhraseEntry } from '../phrase-data';
import { lexicon, lowerKeepLength, matchAll } from '../phrases';
import { ANNOUNCE, ANNOUNCE_LISTS, announceSource } from '.';

const found = (re: RegExp, text: string) => matchAll(re, lowerKeepLength(text)).length > 0;

describe('every announcement phrase is found in its own example', () => {
  for (const [lang, lists] of Object.entries(ANNOUNCE_LISTS)) {
    for (const [name, entries] of Object.entries(lists) as [string, readonly PhraseEntry[]][]) {
      for (const entry of entries) {
        it(`${lang} ${name}: ${entry.example}`, () => {
          expect(found(lexicon([announceSource(entry.phrase)]), entry.example), 'the entry').toBe(true);
          // A figure of speech is there to keep "my door is open" from reading as an opening.
          if (name === 'figurativeOpen') expect(found(ANNOUNCE.launches, entry.example), 'launches').toBe(false);
          else expect(found(ANNOUNCE[name as keyof typeof ANNOUNCE], entry.example), name).toBe(true);
        });
      }
    }
  }
});

describe('dates', () => {
  it('stop "vanaf maandag 5 januari" after the weekday, which comes first among the alternatives', () => {
    expect(matchAll(ANNOUNCE.validFrom, 'vanaf maandag 5 januari')).toEqual([{ start: 0, end: 13 }]);
  });
  it('read a date as the start or end of a notice only after "per", "from" or "until", whichever way it is written', () => {
    expect(found(ANNOUNCE.validFrom, 'March 5th: desk closed')).toBe(false);
    expect(found(ANNOUNCE.validFrom, '5 March: desk closed')).toBe(false);
    expect(found(ANNOUNCE.validFrom, 'until 5 March')).toBe(true);
    expect(found(ANNOUNCE.validFrom, 'until March 5th')).toBe(true);
  });
});

describe('a launch label', () => {
  it('is a label at the start, not an adjective', () => {
    expect(found(ANNOUNCE.launchHeads, 'New at our Keswick shop: snowshoes to hire.')).toBe(true);
    expect(found(ANNOUNCE.launchHeads, 'Nieuw in onze winkel: sneeuwschoenen te huur.')).toBe(true);
    expect(found(ANNOUNCE.launchHeads, 'New panel, fresh seam tape, and it is good for another decade.')).toBe(false);
    expect(found(ANNOUNCE.launchHeads, 'Nieuwe collega op de afdeling, welkom Sanne!')).toBe(false);
  });
});
