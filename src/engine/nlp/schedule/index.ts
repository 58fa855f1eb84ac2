// The words of a schedule in every language, joined: weekdays, months, date forms, days named
// from today and clock times. A third language adds a file beside nl.ts and en.ts and one entry below.
import { wordsOf, type PhraseEntry } from '../phrase-data';
import { lexicon } from '../phrases';
import * as en from './en';
import * as nl from './nl';

/** Every language's lists, by language code. */
export const SCHEDULE_LISTS = { nl, en } as const;
const LANGUAGES = Object.values(SCHEDULE_LISTS);

type Pick = (l: typeof nl) => readonly PhraseEntry[];
const alternatives = (pick: Pick) => wordsOf(...LANGUAGES.map(pick));
const group = (sources: readonly string[]) => `(?:${sources.join('|')})`;

const DAY = group(alternatives((l) => l.days));
const MONTH = group(alternatives((l) => l.months));
const dateForm = (source: string) => source.split('{day}').join(DAY).split('{month}').join(MONTH);
const DATE = group(alternatives((l) => l.dates).map(dateForm));
const MONTH_FIRST_DATE = group(alternatives((l) => l.monthFirstDates).map(dateForm));
// A weekday before a date, so "vanaf maandag 5 januari" stops after the weekday.
const WHEN = group([DAY, ...alternatives((l) => l.relativeDays), DATE, MONTH_FIRST_DATE]);
const HOURS = alternatives((l) => l.hours).join('|');
// A clock time may carry any language's word for it: WHEN_RE only asks whether a time is there.
const TIME = `\\d{1,2}[:.]\\d{2}(?: ?(?:${HOURS}))?|\\d{1,2} ?(?:${HOURS})`;

/** A date written either way round ("5 March", "March 5th"). */
const ANY_DATE = group([DATE, MONTH_FIRST_DATE]);

/**
 * A phrase with {when} (a weekday, a day named from today or a date), {date} (a date, day or month
 * first), {monthFirstDate}, {day} and {month} filled in from every language.
 */
export function scheduleSource(phrase: string): string {
  return dateForm(phrase.split('{when}').join(WHEN).split('{date}').join(ANY_DATE).split('{monthFirstDate}').join(MONTH_FIRST_DATE));
}

/** Dates and times: a schedule is the skeleton of a notice. Weighed lightly, once per sentence. */
export const WHEN_RE = lexicon([DATE, MONTH_FIRST_DATE, TIME, DAY]);
