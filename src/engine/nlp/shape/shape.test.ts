import { describe, expect, it } from 'vitest';
import { SIGNAL_INDEX, type SignalName } from '../../signals/extract';
import { signalsOf } from '../../../../tests/helpers/signals-of';
import { structureOf } from '../../signals/structure';
import type { Span } from '../../types';
import type { PhraseEntry } from '../phrase-data';
import { findRegister, thirdPersonPattern, type RegisterMark } from '../release-register';
import { SHAPE_LISTS, SHAPE_WORDS, type ShapeLists } from '.';

/** Every place the entry fits in its example as a whole word, case aside. */
function places(entry: PhraseEntry): Span[] {
  const re = new RegExp(`(?<![\\p{L}])(?:${entry.phrase})(?![\\p{L}])`, 'giu');
  return [...entry.example.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The example with the entry's first place written as another word. */
function without(entry: PhraseEntry, stand: string): string {
  const at = places(entry)[0]!;
  return entry.example.slice(0, at.start) + stand + entry.example.slice(at.end);
}

function signal(text: string, name: SignalName): number {
  return signalsOf(text).values[SIGNAL_INDEX[name]]!;
}

/** The organisations the examples of the third-person lists name. */
const NAMES = ['Dalzicht', 'Woonstede', 'Zorgnet Schelde', 'Northwind Energy', 'Acme'];
const register = (mark: RegisterMark, names?: readonly string[]) => (text: string) =>
  findRegister(text, names ? thirdPersonPattern(names) : undefined)
    .filter((h) => h.mark === mark)
    .map((h) => h.span);

const shape = structureOf;
const dateline = (t: string) => shape(t).dateline;
const when = (t: string) => shape(t).when;
const kicker = (t: string) => shape(t).kicker;
const about = (t: string) => shape(t).aboutBlock;

/**
 * How the detectors read each list. `within`: each of these finds a span around the entry in its
 * example. `fires`: the detector says yes on the example and no once the entry is written as
 * `stand` (a made-up word unless said).
 */
type Check = { within: ((text: string) => Span[])[] } | { fires: (text: string) => boolean; stand?: string };
const CHECKS: Record<keyof ShapeLists, Check> = {
  months: { within: [dateline, register('dateline')] },
  ordinals: { within: [dateline] },
  monthFirstOrdinals: { within: [dateline] },
  whenOrdinals: { within: [when] },
  weekdays: { within: [when] },
  daysFromToday: { within: [when] },
  clockMarks: { within: [when] },
  hourMarks: { within: [when] },
  moneyWords: { fires: (t) => shape(t).money },
  percentWords: { fires: (t) => shape(t).percent },
  kickerQualifiers: { within: [kicker] },
  kickerCategories: { within: [kicker] },
  releaseHeaders: { within: [register('header')] },
  aboutWords: { within: [about, register('boilerplate')] },
  articles: { within: [about, register('boilerplate')] },
  aboutVerbs: { fires: (t) => about(t).length > 0 },
  endMarks: { within: [(t) => shape(t).endMark] },
  editorsNoteLines: { within: [register('editors-note')] },
  editorsNotes: { within: [register('editors-note')] },
  saidVerbs: { within: [register('quote')] },
  accordingTo: { within: [register('quote')] },
  newsDays: { within: [register('third-person')] },
  newsVerbs: { within: [register('third-person')] },
  nameTitles: { within: [register('third-person', NAMES)] },
  todayWords: { within: [register('third-person', NAMES)] },
  subjectVerbs: { within: [register('third-person', NAMES)] },
  hookOpeners: { fires: (t) => signal(t, 'q-hook') === 1 },
  openQuestions: { fires: (t) => signal(t, 'q-real') > 0 },
  // A word that is no name keeps a sentence from having a news subject; a name in its place gives one.
  notNames: { fires: (t) => signal(t, 'third-subject') === 0, stand: 'Acme' },
};

const inside = (place: Span, span: Span) => span.start <= place.start && place.end <= span.end;

describe('every shape word is found in its own example', () => {
  for (const [lang, lists] of Object.entries(SHAPE_LISTS)) {
    for (const [name, entries] of Object.entries(lists) as [keyof ShapeLists, readonly PhraseEntry[]][]) {
      for (const entry of entries) {
        it(`${lang} ${name}: ${entry.example}`, () => {
          const at = places(entry);
          expect(at.length, 'the entry').toBeGreaterThan(0);
          const check = CHECKS[name];
          if ('within' in check) {
            check.within.forEach((spansOf, i) => {
              const spans = spansOf(entry.example);
              expect(at.some((p) => spans.some((s) => inside(p, s))), `${name}, detector ${i + 1}`).toBe(true);
            });
          } else {
            expect(check.fires(entry.example), name).toBe(true);
            expect(check.fires(without(entry, check.stand ?? 'xyzzy')), `${name}, without the entry`).toBe(false);
          }
        });
      }
    }
  }
});

describe('the lists', () => {
  it('have an entry in some language each: an empty alternation would match everywhere', () => {
    expect(Object.entries(SHAPE_WORDS).filter(([, words]) => words.length === 0).map(([name]) => name)).toEqual([]);
  });
  it('keep "uur" before "u", so a clock time takes the whole word', () => {
    expect(when('De raad vergadert om 19.30 uur.')).toEqual([{ start: 21, end: 30 }]);
  });
});
