// Dutch words of a schedule: weekdays, months, days named from today, how a date is written and
// what marks a clock time. Lower-case lexicon fragments (see ../phrases.ts); {day} and {month}
// stand for those lists of every language (index.ts fills them in). Every entry has an example
// that schedule.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

export const days: PhraseEntry[] = [
  { phrase: 'maandag', example: 'Maandag is het stadskantoor de hele dag gesloten.' },
  { phrase: 'dinsdag', example: 'Dinsdag halen we het oud papier op in de Bloemenbuurt.' },
  { phrase: 'woensdag', example: 'Woensdag is er geen zwemles vanwege het schoolzwemtoernooi.' },
  { phrase: 'donderdag', example: 'Donderdag begint de avondmarkt op het Kerkplein.' },
  { phrase: 'vrijdag', example: 'Vrijdag sluit de balie om twaalf uur.' },
  { phrase: 'zaterdag', example: 'Zaterdag is de milieustraat open van 9 tot 13 uur.' },
  { phrase: 'zondag', example: 'Zondag rijdt lijn 5 volgens de zondagsdienstregeling.' },
];

export const months: PhraseEntry[] = [
  { phrase: 'januari', example: 'Op 6 januari is de nieuwjaarsreceptie in het stadhuis.' },
  { phrase: 'februari', example: 'De aanvraag moet binnen zijn op 28 februari.' },
  { phrase: 'maart', example: 'Op 3 maart start de verbouwing van de sporthal.' },
  // April, september, november and december are the same in English.
  { phrase: 'april', example: 'Vanaf 1 april is het milieupark ook op maandag open.' },
  { phrase: 'mei', example: 'Het gemeentehuis is op 5 mei gesloten.' },
  { phrase: 'juni', example: 'De open dag van de brandweer is op 14 juni.' },
  { phrase: 'juli', example: 'Tot 31 juli kun je je zomerpas ophalen bij de bibliotheek.' },
  { phrase: 'augustus', example: 'Het buurtfeest is op 30 augustus op het grasveld.' },
  { phrase: 'september', example: 'Op 21 september is het Open Monumentendag.' },
  { phrase: 'oktober', example: 'Op 4 oktober opent de nieuwe vestiging in Noord.' },
  { phrase: 'november', example: 'De herdenking is op 11 november bij het monument.' },
  { phrase: 'december', example: 'Op 5 december sluit het stadskantoor om 15 uur.' },
  // The abbreviations Dutch shares with English (jan, feb, …) are in en.ts.
  { phrase: 'okt', example: 'Infoavond warmtenet: di 14 okt in het buurthuis.' },
];

/** Days named relative to today. */
export const relativeDays: PhraseEntry[] = [
  { phrase: 'vandaag', example: 'Vanaf vandaag is de balie ook op woensdagmiddag open.' },
  { phrase: 'morgen', example: 'Vanaf morgen rijdt de bus weer via het Marktplein.' },
  { phrase: 'volgende week', example: 'Vanaf volgende week gelden de zomertijden van het zwembad.' },
];

/** How a date is written, the day first: "maandag 5 januari", "1ste mei". */
export const dates: PhraseEntry[] = [
  { phrase: '(?:{day}\\s+)?\\d{1,2}(?:e|ste|de)?\\s+{month}', example: 'De kerstmarkt is op zaterdag 13 december van 12 tot 18 uur.' },
];

/** Dutch writes the day first; see en.ts for a month-first date. */
export const monthFirstDates: PhraseEntry[] = [];

/** Words that say a time is a clock time: "om 10.30 uur". */
export const hours: PhraseEntry[] = [
  { phrase: 'uur', example: 'De raadsvergadering begint om 19.30 uur.' },
];
