// The announcement phrases of every language, compiled once: one linear-time regex per list,
// with {day}, {month}, {date}, {monthFirstDate}, {when} and {figurativeOpen} filled in from the
// lists of all languages. A third language adds a file beside nl.ts and en.ts and one entry below.
import type { PhraseEntry } from '../phrase-data';
import { lexicon } from '../phrases';
import * as en from './en';
import * as nl from './nl';

const LANGUAGES = [nl, en];
export const ANNOUNCE_LISTS = { nl, en } as const;

type Pick = (l: typeof nl) => readonly PhraseEntry[];
const alternatives = (pick: Pick) => LANGUAGES.flatMap(pick).map((e) => e.phrase);
const group = (sources: readonly string[]) => `(?:${sources.join('|')})`;

const DAY = group(alternatives((l) => l.days));
const MONTH = group(alternatives((l) => l.months));
const dateForm = (source: string) => source.split('{day}').join(DAY).split('{month}').join(MONTH);
const DATE = group(alternatives((l) => l.dates).map(dateForm));
const MONTH_FIRST_DATE = group(alternatives((l) => l.monthFirstDates).map(dateForm));
// A weekday before a date, so "vanaf maandag 5 januari" stops after the weekday.
const WHEN = group([DAY, ...alternatives((l) => l.relativeDays), DATE, MONTH_FIRST_DATE]);
const FIGURATIVE_OPEN = alternatives((l) => l.figurativeOpen).join('|');
const HOURS = alternatives((l) => l.hours).join('|');
const TIME = `\\d{1,2}[:.]\\d{2}(?: ?(?:${HOURS}))?|\\d{1,2} ?(?:${HOURS})`;

/** A phrase with its placeholders filled in, ready for lexicon(). */
export function announceSource(phrase: string): string {
  return dateForm(
    phrase
      .split('{when}').join(WHEN)
      .split('{date}').join(DATE)
      .split('{monthFirstDate}').join(MONTH_FIRST_DATE)
      .split('{figurativeOpen}').join(FIGURATIVE_OPEN),
  );
}

const compile = (pick: Pick, opts?: { start?: boolean }) => lexicon(alternatives(pick).map(announceSource), opts);

/** One regex per frame list, over lowerKeepLength(text). */
export const ANNOUNCE = {
  notices: compile((l) => l.notices),
  validFrom: compile((l) => l.validFrom),
  closures: compile((l) => l.closures),
  disruptions: compile((l) => l.disruptions),
  directions: compile((l) => l.directions),
  noticeHeads: compile((l) => l.noticeHeads, { start: true }),
  launches: compile((l) => l.launches),
  liveNow: compile((l) => l.liveNow),
  launchHeads: compile((l) => l.launchHeads, { start: true }),
  selfAnnouncements: compile((l) => l.selfAnnouncements),
  prideHeads: compile((l) => l.prideHeads, { start: true }),
  saveTheDate: compile((l) => l.saveTheDate),
  signUps: compile((l) => l.signUps),
  eventNames: compile((l) => l.eventNames),
  readMore: compile((l) => l.readMore),
  downloads: compile((l) => l.downloads),
  publications: compile((l) => l.publications),
  jobs: compile((l) => l.jobs),
  salesCalls: compile((l) => l.salesCalls),
  releaseRegister: compile((l) => l.releaseRegister),
};

/** Dates and times: a schedule is the skeleton of a notice. Weighed lightly, once per sentence. */
export const WHEN_RE = lexicon([DATE, MONTH_FIRST_DATE, TIME, DAY]);
