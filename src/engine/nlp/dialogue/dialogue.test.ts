import { describe, expect, it } from 'vitest';
import type { PhraseEntry } from '../phrase-data';
import { lexicon, lowerKeepLength, matchAll } from '../phrases';
import { CREDIT, CTA, DIALOGUE_LISTS, INVITE, isVocative, NOT_CREDIT, READER_WORD, REPORT_BACK, RHETORICAL, RHETORICAL_SHORT, SHORT_INVITE, THEN_EARLY, WHO_ASKS } from '.';

// Each list as the detectors read it: lexicons over the lower-cased text, the rest as they are.
const DETECTOR: Record<string, (text: string) => boolean> = {
  invites: (t) => matchAll(INVITE, lowerKeepLength(t)).length > 0,
  shortInvites: (t) => matchAll(SHORT_INVITE, lowerKeepLength(t)).length > 0,
  credits: (t) => matchAll(CREDIT, lowerKeepLength(t)).length > 0,
  notCredits: (t) => matchAll(NOT_CREDIT, lowerKeepLength(t)).length > 0,
  reportsBack: (t) => matchAll(REPORT_BACK, lowerKeepLength(t)).length > 0,
  rhetorical: (t) => matchAll(RHETORICAL, lowerKeepLength(t)).length > 0,
  rhetoricalShort: (t) => matchAll(RHETORICAL_SHORT, lowerKeepLength(t)).length > 0,
  callsToAction: (t) => matchAll(CTA, lowerKeepLength(t)).length > 0,
  thenWords: (t) => THEN_EARLY.test(lowerKeepLength(t)),
  openCalls: (t) => WHO_ASKS.test(t),
  reader: (t) => READER_WORD.test(t),
  addresseeEndings: (t) => isVocative(t),
  notAddressees: (t) => !isVocative(t),
};

describe('every dialogue phrase is found in its own example', () => {
  for (const [lang, lists] of Object.entries(DIALOGUE_LISTS)) {
    for (const [name, entries] of Object.entries(lists) as [string, readonly PhraseEntry[]][]) {
      for (const entry of entries) {
        it(`${lang} ${name}: ${entry.example}`, () => {
          expect(matchAll(lexicon([entry.phrase]), lowerKeepLength(entry.example)).length, 'the entry').toBeGreaterThan(0);
          expect(DETECTOR[name]!(entry.example), name).toBe(true);
        });
      }
    }
  }
});
