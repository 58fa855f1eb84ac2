// Dutch marks of derision: a target (a rival, the own management or systems) and a sign of
// mockery or grumbling. Every entry has an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const rivals: PhraseEntry[] = [
  { phrase: 'concurrent(?:en)?', example: 'Een concurrent stuurde zijn nieuwe folder 🤣' },
  { phrase: 'concurrentie', example: 'De concurrentie heeft weer een slogan bedacht, haha' },
  { phrase: 'andere leverancier', example: 'Die andere leverancier snapt er niets van 😂' },
  { phrase: 'ander ziekenhuis', example: 'Bij een ander ziekenhuis wachten ze drie maanden 🤡' },
  { phrase: 'buurgemeente', example: 'De buurgemeente heeft weer een rotonde verknoeid 😂' },
];

export const own: PhraseEntry[] = [
  { phrase: 'het management', example: 'Het management heeft weer een plan. Typisch.' },
  { phrase: 'de directie', example: 'De directie snapt het weer niet 🙄' },
  { phrase: '(?:ons|onze) (?:\\p{L}+ )?(?:\\p{L}*systeem|ict|software|portaal)', example: 'Ons roostersysteem ligt alweer plat 🙄' },
];

/** Grumbling: counts against the own organisation and against rivals. */
export const grumbles: PhraseEntry[] = [
  { phrase: 'typisch', example: 'Het management heeft weer een plan. Typisch.' },
  { phrase: 'zegt genoeg|zegt alles', example: 'De concurrentie zit nog op fax. Zegt genoeg.' },
  { phrase: 'wie heeft dit (?:\\p{L}+ )?bedacht', example: 'Ons planningssysteem werkt niet. Wie heeft dit bedacht?' },
  { phrase: 'werkt (?:alweer|weer|nog steeds) niet', example: 'Ons planningssysteem werkt alweer niet.' },
  { phrase: 'ligt (?:alweer|weer|nog steeds) plat', example: 'Ons roostersysteem ligt alweer plat.' },
];

/** Laughing: counts only against rivals (laughing at the own app is self-mockery). */
export const mocks: PhraseEntry[] = [
  { phrase: 'haha\\p{L}*', example: 'De concurrentie heeft weer een slogan bedacht, haha' },
];
