// English words that name a subject to say it did not happen ("zero incidents"). Every entry has
// an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

/** Before the subject, with up to two words in between. */
export const negationsBefore: PhraseEntry[] = [
  { phrase: 'zero', example: 'Zero incidents in 300 days offshore.' },
  { phrase: 'no', example: 'No accidents all season.' },
  { phrase: 'not a single|not one', example: 'Not a single accident all season.' },
  { phrase: 'without', example: 'A year without an accident on the platform.' },
  { phrase: 'free of', example: 'A winter free of incidents.' },
  { phrase: 'never', example: 'Never an accident on this site.' },
  { phrase: '0', example: '0 incidents this quarter.' },
];

/** Right after the subject: "incident-free". */
export const negationsAfter: PhraseEntry[] = [
  { phrase: 'free', example: 'Another incident-free winter.' },
];
