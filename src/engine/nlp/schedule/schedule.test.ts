import { describe, expect, it } from 'vitest';
import { ANNOUNCE } from '../announce';
import type { PhraseEntry } from '../phrase-data';
import { lexicon, lowerKeepLength, matchAll } from '../phrases';
import { SCHEDULE_LISTS, scheduleSource, WHEN_RE } from '.';

const found = (re: RegExp, text: string) => matchAll(re, lowerKeepLength(text)).length > 0;

// Days named from today show up in the frames that take {when} ("vanaf morgen"); the rest in WHEN_RE.
const detector = (list: string) => (list === 'relativeDays' ? ANNOUNCE.validFrom : WHEN_RE);

describe('every schedule word is found in its own example', () => {
  for (const [lang, lists] of Object.entries(SCHEDULE_LISTS)) {
    for (const [name, entries] of Object.entries(lists) as [string, readonly PhraseEntry[]][]) {
      for (const entry of entries) {
        it(`${lang} ${name}: ${entry.example}`, () => {
          expect(found(lexicon([scheduleSource(entry.phrase)]), entry.example), 'the entry').toBe(true);
          expect(found(detector(name), entry.example), name).toBe(true);
        });
      }
    }
  }
});
