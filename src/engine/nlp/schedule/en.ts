// English words of a schedule: weekdays, months, days named from today, how a date is written
// and what marks a clock time. Lower-case lexicon fragments (see ../phrases.ts); {day} and
// {month} stand for those lists of every language (index.ts fills them in). Every entry has an
// example that schedule.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

export const days: PhraseEntry[] = [
  { phrase: 'monday', example: 'Monday is a bank holiday, so the tip is closed.' },
  { phrase: 'tuesday', example: 'Bins will be collected on Tuesday this week.' },
  { phrase: 'wednesday', example: 'The mobile library visits Fellgate every Wednesday.' },
  { phrase: 'thursday', example: 'Late-night opening at the leisure centre on Thursday.' },
  { phrase: 'friday', example: 'The helpline closes at 4pm on Friday.' },
  { phrase: 'saturday', example: 'The market moves indoors on Saturday because of the storm.' },
  { phrase: 'sunday', example: 'No trains between Hexham and Carlisle on Sunday.' },
];

// April, September, November and December are in nl.ts, which spells them the same.
export const months: PhraseEntry[] = [
  { phrase: 'january', example: 'Parking charges change on 1 January.' },
  { phrase: 'february', example: 'Our half-term activity week starts on 16 February.' },
  { phrase: 'march', example: 'The consultation closes on 31 March.' },
  { phrase: 'june', example: 'Our open day is on 14 June.' },
  { phrase: 'july', example: 'The park run returns on 5 July.' },
  { phrase: 'august', example: 'The summer reading challenge ends on 30 August.' },
  { phrase: 'october', example: 'The new tariff starts on 1 October.' },
  // Abbreviations, Dutch and English alike but for mar, oct (Dutch: mrt, okt).
  { phrase: 'jan', example: 'Drop-in advice session: Tue 13 Jan at the library.' },
  { phrase: 'feb', example: 'Tickets for the quiz night on 20 Feb are on sale now.' },
  { phrase: 'mar', example: 'Road closure on Front Street from 3 Mar for two weeks.' },
  { phrase: 'apr', example: 'Sat 12 Apr: spring clean-up in Riverside Park.' },
  { phrase: 'jun', example: 'Sat 14 Jun: family fun day at the fire station.' },
  { phrase: 'jul', example: 'Applications close on 18 Jul.' },
  { phrase: 'aug', example: 'Free swimming for under-16s until 31 Aug.' },
  { phrase: 'sep', example: 'The new term starts on 3 Sep.' },
  { phrase: 'sept', example: 'Heritage open days on 13 Sept across the borough.' },
  { phrase: 'oct', example: 'Smart meter roadshow in Gateshead on 9 Oct.' },
  { phrase: 'nov', example: 'Bonfire night display on 5 Nov at the racecourse.' },
  { phrase: 'dec', example: 'Christmas lights switch-on on 1 Dec.' },
];

/** Days named relative to today. */
export const relativeDays: PhraseEntry[] = [
  { phrase: 'next week', example: 'From next week the surgery opens at 8am.' },
  { phrase: 'today', example: 'Starting today, the number 12 bus stops at the hospital entrance.' },
  { phrase: 'tomorrow', example: 'From tomorrow the footpath along the river is closed.' },
];

/** How a date is written, the day first: "Monday 5th January". */
export const dates: PhraseEntry[] = [
  { phrase: '(?:{day}\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+{month}', example: 'The Christmas market is on Saturday 13th December.' },
];

/** How a date is written, the month first: "March 5th". */
export const monthFirstDates: PhraseEntry[] = [
  { phrase: '{month}\\s+\\d{1,2}(?:st|nd|rd|th)?', example: 'Our drop-in clinic is back on March 5th.' },
];

/** Words that say a time is a clock time: "10am". */
export const hours: PhraseEntry[] = [
  { phrase: 'am', example: 'Doors open at 9 am for the jobs fair.' },
  { phrase: 'pm', example: 'The drop-in runs until 4 pm every Tuesday.' },
];
