// English ways a post says itself that it is internal. Lower-case lexicon fragments (see
// engine/nlp/phrases.ts); every entry has an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const markers: PhraseEntry[] = [
  { phrase: 'confidential', example: 'Confidential: here are the figures from the board meeting.' },
  { phrase: 'internal (?:only|use only|memo|document)', example: 'Internal only: the draft plan for next year is attached below.' },
  { phrase: 'for internal use', example: 'This deck is for internal use, but it is too good not to share.' },
  { phrase: 'not for (?:external\\s)?distribution', example: 'Not for distribution: our pricing for next year.' },
  { phrase: "(?:do not|don['’]t|please don['’]t) (?:share|forward) (?:this|it)(?: yet| outside| externally)?", example: "Please don't share this yet, but the new app is coming in March." },
  { phrase: 'not to be shared', example: 'Not to be shared, but the Leeds office is moving.' },
  { phrase: 'under embargo', example: 'The report is under embargo until Monday, but here is the gist.' },
  { phrase: 'embargoed until', example: 'Embargoed until 9am: we are opening a second site.' },
  { phrase: "you didn['’]t hear (?:it|this) from me", example: "You didn't hear it from me, but the Leeds office is moving." },
  { phrase: 'between you and me', example: 'Between you and me, the merger is happening.' },
  { phrase: 'off the record', example: 'Off the record: the chief executive is leaving.' },
  { phrase: 'not public yet', example: 'Not public yet, but we won the contract.' },
];
