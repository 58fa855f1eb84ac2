// Dutch (and Flemish) dates, times and amounts as a post writes them. Lower-case regex fragments,
// each list read by the pattern its comment names (see ../index.ts); every entry has an example
// that ../shape.test.ts walks through that pattern.
import type { PhraseEntry } from '../../phrase-data';

// Dates.

/** Months as a date writes them: a dateline (structure.ts, release-register.ts) and a date anywhere (structure.ts). */
export const months: PhraseEntry[] = [
  { phrase: 'januari', example: 'UTRECHT, 6 januari 2026 – De gemeente opent een nieuw loket voor ondernemers.' },
  { phrase: 'februari', example: 'DALZICHT, 12 februari 2026 – Het college trekt extra geld uit voor de jeugdzorg.' },
  { phrase: 'maart', example: 'HOEVELDE, 3 maart 2026 – Het ziekenhuis breidt de spoedeisende hulp uit.' },
  // April, september, november and december are the same in English.
  { phrase: 'april', example: 'ANTWERPEN, 14 april 2026 – De stad legt twaalf nieuwe fietsstraten aan.' },
  { phrase: 'mei', example: 'GENT, 5 mei 2026 – Het stadsbestuur stelt het nieuwe mobiliteitsplan voor.' },
  { phrase: 'juni', example: 'ROTTERDAM, 18 juni 2026 – De haven opent een walstroomaansluiting voor cruiseschepen.' },
  { phrase: 'juli', example: 'ZWOLLE, 1 juli 2026 – Woonstede start met de renovatie van 240 woningen.' },
  { phrase: 'augustus', example: 'LEUVEN, 27 augustus 2026 – De universiteit opent een nieuw studentenrestaurant.' },
  { phrase: 'september', example: 'BREDA, 9 september 2026 – Het theater presenteert zijn nieuwe seizoen.' },
  { phrase: 'oktober', example: 'MAASTRICHT, 2 oktober 2026 – De provincie investeert in snelfietspaden.' },
  { phrase: 'november', example: 'GRONINGEN, 6 november 2026 – Het waterbedrijf vervangt de leidingen in Oost.' },
  { phrase: 'december', example: 'BRUGGE, 11 december 2026 – De kerstmarkt krijgt dit jaar een ijsbaan.' },
  // The abbreviations Dutch shares with English (jan, feb, …) are in en.ts.
  { phrase: 'mrt', example: 'DEN HAAG, 3 mrt. 2026 – Het ministerie maakt de nieuwe subsidieregeling bekend.' },
  { phrase: 'okt', example: 'ARNHEM, 14 okt. 2026 – De netbeheerder breidt het stroomnet in de Betuwe uit.' },
];

/** What follows a day written before its month, in a dateline (structure.ts). */
export const ordinals: PhraseEntry[] = [
  { phrase: 'e', example: 'ZWOLLE, 5e juni 2026 – De gemeente opent het vernieuwde stadspark.' },
  { phrase: 'ste', example: 'GENT, 1ste april 2026 – De stad voert een nieuw parkeerplan in.' },
  { phrase: 'de', example: 'BREDA, 2de mei 2026 – Het ziekenhuis neemt een nieuwe operatiekamer in gebruik.' },
];

/** Dutch writes the day first; see en.ts for "March 5th" in a dateline (structure.ts). */
export const monthFirstOrdinals: PhraseEntry[] = [];

/**
 * What follows a day written before its month, in a date anywhere in a post (structure.ts).
 * Fewer than a dateline reads: "1ste mei" is no date here. As the models were trained.
 */
export const whenOrdinals: PhraseEntry[] = [
  { phrase: 'e', example: 'Op 5e december komt de Sint naar de bibliotheek.' },
];

/** Weekdays (structure.ts). */
export const weekdays: PhraseEntry[] = [
  { phrase: 'maandag', example: 'Maandag is het stadskantoor de hele dag gesloten.' },
  { phrase: 'dinsdag', example: 'Dinsdag halen we het oud papier op in de Bloemenbuurt.' },
  { phrase: 'woensdag', example: 'Woensdag is er geen zwemles vanwege het schoolzwemtoernooi.' },
  { phrase: 'donderdag', example: 'Donderdag begint de avondmarkt op het Kerkplein.' },
  { phrase: 'vrijdag', example: 'Vrijdag sluit de balie eerder dan anders.' },
  { phrase: 'zaterdag', example: 'Zaterdag is de milieustraat open voor grofvuil.' },
  { phrase: 'zondag', example: 'Zondag rijdt lijn 5 volgens de zondagsdienstregeling.' },
];

/** Days named from today (structure.ts). */
export const daysFromToday: PhraseEntry[] = [
  { phrase: 'vandaag', example: 'Het digitale loket is vandaag niet bereikbaar.' },
  { phrase: 'morgen', example: 'De Brugstraat is morgen afgesloten voor al het verkeer.' },
  { phrase: 'vanavond', example: 'Vanavond is de raadsvergadering live te volgen.' },
];

/** What may follow a clock time, "19.30 uur" (structure.ts). "uur" before "u", or "19.30 uur" would stop at its "u". */
export const clockMarks: PhraseEntry[] = [
  { phrase: 'uur', example: 'De raadsvergadering begint om 19.30 uur in het stadhuis.' },
  // Flemish writes "20.30 u" and "20.00h".
  { phrase: 'u', example: 'Het loket gaat om 13.30 u weer open.' },
  { phrase: 'h', example: 'De infoavond over het warmtenet start om 20.00h in de raadzaal.' },
];

/** What makes a bare number an hour, "om 9 uur" (structure.ts). */
export const hourMarks: PhraseEntry[] = [
  { phrase: 'uur', example: 'De markt begint zaterdag om 9 uur.' },
];

// Amounts.

/** Words after a number that make it money (structure.ts). "Dollar" is in en.ts, spelled the same. */
export const moneyWords: PhraseEntry[] = [
  { phrase: 'euro', example: 'Een parkeervergunning kost voortaan 40 euro per jaar.' },
  // The currency code, as Dutch posts write it after an amount.
  { phrase: 'eur', example: 'Het abonnement op de bibliotheek kost 25 EUR per jaar.' },
  { phrase: 'miljoen', example: 'De gemeente trekt 2 miljoen uit voor nieuwe fietspaden.' },
  { phrase: 'miljard', example: 'Het kabinet steekt 1 miljard in de woningbouw.' },
];

/** Words after a number that make it a percentage (structure.ts; "%" stays in code). */
export const percentWords: PhraseEntry[] = [
  { phrase: 'procent', example: 'Het aantal woninginbraken daalde vorig jaar met 12 procent.' },
];
