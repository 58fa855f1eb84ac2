// English dates, times and amounts as a post writes them. Lower-case regex fragments, each list
// read by the pattern its comment names (see ../index.ts); every entry has an example that
// ../shape.test.ts walks through that pattern.
import type { PhraseEntry } from '../../phrase-data';

// Dates.

// April, September, November and December are in nl.ts, which spells them the same.
/** Months as a date writes them: a dateline (structure.ts, release-register.ts) and a date anywhere (structure.ts). */
export const months: PhraseEntry[] = [
  { phrase: 'january', example: 'LONDON, 15 January 2026 — Northline plc reports a rise in first-quarter sales.' },
  { phrase: 'february', example: 'LEEDS, 4 February 2026 – Greenfield Energy opens a new office in the city centre.' },
  { phrase: 'march', example: 'NEWCASTLE, March 3, 2026 – Northwind Energy completes its largest battery site.' },
  { phrase: 'june', example: 'MANCHESTER, 22 June 2026 – The university launches a new school of nursing.' },
  { phrase: 'july', example: 'BRISTOL, July 8, 2026 – Brightwell Foods names a new chief executive.' },
  { phrase: 'august', example: 'GLASGOW, 19 August 2026 – The housing association starts work on 120 new homes.' },
  { phrase: 'october', example: 'CARDIFF, October 1, 2026 – Fellgate Travel adds twelve routes to its winter schedule.' },
  // Abbreviations, Dutch and English alike but for mar, oct (Dutch: mrt, okt).
  { phrase: 'jan', example: 'AUSTIN, Texas, Jan. 5, 2026 – Acme ships its first solar roof tiles.' },
  { phrase: 'feb', example: 'DUBLIN, 10 Feb 2026 – The airport opens a second security hall.' },
  { phrase: 'mar', example: 'BOSTON, Mar. 12, 2026 – A biotech start-up raises its first round of funding.' },
  { phrase: 'apr', example: 'YORK, 2 Apr 2026 – The railway museum unveils a restored locomotive.' },
  { phrase: 'jun', example: 'SEATTLE, Jun. 30, 2026 – The port signs a deal for shore power at two berths.' },
  { phrase: 'jul', example: 'DENVER, Jul. 14, 2026 – Acme opens a second factory for roof tiles.' },
  { phrase: 'aug', example: 'EDINBURGH, 7 Aug 2026 – The festival sells a record number of tickets.' },
  { phrase: 'sept', example: 'CHICAGO, Sept. 9, 2026 – The logistics group completes its merger.' },
  { phrase: 'sep', example: 'LIVERPOOL, 21 Sep 2026 – The docks reopen after a two-year restoration.' },
  { phrase: 'oct', example: 'PHOENIX, Oct. 6, 2026 – The utility adds 400 megawatts of solar power.' },
  { phrase: 'nov', example: 'NOTTINGHAM, 3 Nov 2026 – The hospital trust opens a new diagnostic centre.' },
  { phrase: 'dec', example: 'ATLANTA, Dec. 1, 2026 – The airline orders twenty new aircraft.' },
];

/** What follows a day written before its month, in a dateline (structure.ts). */
export const ordinals: PhraseEntry[] = [
  { phrase: 'st', example: 'LEEDS, 1st March 2026 – Greenfield Energy opens its new head office.' },
  { phrase: 'nd', example: 'HULL, 2nd June 2026 – The port completes its new ferry terminal.' },
  { phrase: 'rd', example: 'DERBY, 3rd July 2026 – The engine maker hires 300 apprentices.' },
  { phrase: 'th', example: 'BATH, 5th August 2026 – The spa reopens after a year of repairs.' },
];

/** What follows a day written after its month, in a dateline: "March 5th, 2026" (structure.ts). */
export const monthFirstOrdinals: PhraseEntry[] = [
  { phrase: 'st', example: 'BOSTON, March 1st, 2026 – Acme opens a research lab by the harbour.' },
  { phrase: 'nd', example: 'DALLAS, April 2nd, 2026 – The bank completes its move to a new tower.' },
  { phrase: 'rd', example: 'MIAMI, August 3rd, 2026 – The cruise line names its newest ship.' },
  { phrase: 'th', example: 'TAMPA, June 4th, 2026 – The hospital opens a children’s wing.' },
];

/** What follows a day written before its month, in a date anywhere in a post (structure.ts). */
export const whenOrdinals: PhraseEntry[] = [
  { phrase: 'st', example: 'The summer fair is back on the 21st June in Riverside Park.' },
  { phrase: 'nd', example: 'Our drop-in advice session returns on the 2nd March.' },
  { phrase: 'rd', example: 'The consultation closes on the 3rd April.' },
  { phrase: 'th', example: 'The Christmas lights go on on the 28th November.' },
];

/** Weekdays (structure.ts). */
export const weekdays: PhraseEntry[] = [
  { phrase: 'monday', example: 'Monday is a bank holiday, so the tip is closed.' },
  { phrase: 'tuesday', example: 'Bins will be collected on Tuesday this week.' },
  { phrase: 'wednesday', example: 'The mobile library visits Fellgate every Wednesday.' },
  { phrase: 'thursday', example: 'Late-night opening at the leisure centre on Thursday.' },
  { phrase: 'friday', example: 'The helpline closes early on Friday.' },
  { phrase: 'saturday', example: 'The market moves indoors on Saturday because of the storm.' },
  { phrase: 'sunday', example: 'No trains between Hexham and Carlisle on Sunday.' },
];

/** Days named from today (structure.ts). */
export const daysFromToday: PhraseEntry[] = [
  { phrase: 'today', example: 'The number 12 bus stops at the hospital entrance from today.' },
  { phrase: 'tomorrow', example: 'The footpath along the river is closed tomorrow.' },
  { phrase: 'tonight', example: 'Gritters are out on the main roads tonight.' },
];

/** What may follow a clock time, "9:30 am" (structure.ts). */
export const clockMarks: PhraseEntry[] = [
  { phrase: 'am', example: 'Doors open at 9:30 am for the jobs fair.' },
  { phrase: 'pm', example: 'The drop-in runs until 4.30pm at the library.' },
];

/** What makes a bare number an hour, "9am" (structure.ts). */
export const hourMarks: PhraseEntry[] = [
  { phrase: 'am', example: 'The car boot sale opens at 9am in the school field.' },
  { phrase: 'pm', example: 'The helpline closes at 4 pm on Fridays.' },
];

// Amounts.

/** Words after a number that make it money (structure.ts). "Euro" is in nl.ts, spelled the same. */
export const moneyWords: PhraseEntry[] = [
  { phrase: 'dollar', example: 'Every new member gets a 50 dollar voucher for the shop.' },
  { phrase: 'pound', example: 'Entry is a 2 pound donation on the door.' },
  { phrase: 'million', example: 'We are investing 3 million in new charging points.' },
  { phrase: 'billion', example: 'The offshore wind sector is worth 2 billion a year to the region.' },
];

/** Words after a number that make it a percentage (structure.ts; "%" stays in code). */
export const percentWords: PhraseEntry[] = [
  { phrase: 'percent', example: 'Bookings rose by 40 percent this summer.' },
];
