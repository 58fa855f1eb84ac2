// English marks of derision: a target (a rival, the own management or systems) and a sign of
// mockery or grumbling. Every entry has an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const rivals: PhraseEntry[] = [
  { phrase: 'rivals?', example: 'Our rivals launched a tariff nobody understands 😂' },
  { phrase: 'competitors?', example: 'A competitor just sent me their leaflet 🤣' },
  { phrase: "competitor['’]s", example: 'Saw a competitor’s engineer fall off his ladder 🤣' },
  { phrase: 'the competition', example: 'The competition still uses fax machines, lol' },
  { phrase: 'other suppliers?|another supplier', example: 'Another supplier sent a bill in crayon 🤡' },
];

export const own: PhraseEntry[] = [
  { phrase: 'the management|upper management', example: 'Upper management has a new plan. Says it all.' },
  { phrase: 'head office', example: 'Head office strikes again 🙄' },
  { phrase: 'our (?:\\p{L}+ )?(?:\\p{L}*system|software|portal)', example: 'Our booking portal is down again 🙄' },
];

/** Grumbling: counts against the own organisation and against rivals. */
export const grumbles: PhraseEntry[] = [
  { phrase: '🙄|🙃', example: 'Our booking portal is down again 🙄' },
  { phrase: 'says it all', example: 'Upper management has a new plan. Says it all.' },
  { phrase: 'who thought this was a good idea', example: 'Our new system: who thought this was a good idea?' },
  { phrase: '(?:is|are) down again', example: 'Our booking portal is down again.' },
  { phrase: 'still (?:broken|not working)', example: 'Our planning software is still broken.' },
];

/** Laughing: counts only against rivals (laughing at the own app is self-mockery). */
export const mocks: PhraseEntry[] = [
  { phrase: '😂|🤣|🤡', example: 'A competitor just sent me their leaflet 🤣' },
  { phrase: 'lol', example: 'The competition still uses fax machines, lol' },
];
