// English ways of speaking for the organisation. Every entry has an example that a test walks
// (frames in on-behalf.test.ts, words in rules/phrase-data.test.ts).
import type { PhraseEntry } from '../../engine/nlp/phrase-data';
import type { FrameEntry } from './types';

/** Nouns that stand for an organisation. */
export const orgNouns: PhraseEntry[] = [
  { phrase: 'company', example: 'On behalf of the company, I can confirm the closure.' },
  { phrase: 'organi[sz]ation', example: 'We, as an organisation, strongly oppose these plans.' },
  { phrase: 'council', example: 'On behalf of the council: the pool stays shut.' },
  { phrase: 'hospital', example: 'We as a hospital condemn these cuts.' },
  { phrase: 'board', example: 'Speaking for the board, the merger is off.' },
  { phrase: 'employer', example: 'On behalf of my employer, I apologise.' },
  { phrase: 'municipality', example: 'On behalf of the municipality, we reject the plan.' },
  { phrase: 'business', example: 'We as a business support the strike.' },
  { phrase: 'firm', example: 'On behalf of the firm, I deny these claims.' },
  { phrase: 'management', example: 'Speaking for management: no bonuses this year.' },
  { phrase: 'trust', example: 'On behalf of the trust, we welcome the ruling.' },
];

/** Verbs of taking a position as the organisation. */
export const stances: PhraseEntry[] = [
  { phrase: 'condemn', example: 'We as a company condemn this decision.' },
  { phrase: 'support', example: 'We as a council support the protest.' },
  { phrase: 'oppose', example: 'We, as an organisation, strongly oppose these plans.' },
  { phrase: 'demand', example: 'We as a hospital demand an apology.' },
  { phrase: 'reject', example: 'We as a business reject the offer.' },
  { phrase: 'call on', example: 'We as a company call on the minister to act.' },
  { phrase: 'distance ourselves', example: 'We as a firm distance ourselves from his words.' },
  { phrase: 'stand with', example: 'We as an employer stand with the strikers.' },
  { phrase: 'stand behind', example: 'We as a board stand behind the decision.' },
  { phrase: 'deplore', example: 'We as a trust deplore the cuts.' },
  { phrase: 'protest', example: 'We as a council protest against the ruling.' },
  { phrase: 'welcome', example: 'We as a company welcome the new law.' },
];

export const frames: FrameEntry[] = [
  { frame: '\\bon behalf of\\s(?:the\\s|our\\s|my\\s)?{org}', example: 'On behalf of the company, I can confirm the depot will close next spring.' },
  { frame: '\\b(?:our\\s|the\\s)?(?:official|formal)\\s(?:position|statement|stance|response)\\b', example: 'Our official position is that the new rules are unworkable.' },
  { frame: '\\bwe\\s?,?\\sas\\s(?:a\\s|an\\s|the\\s)?{org}\\s?,?\\s(?:[\\p{L}]+\\s){0,2}(?:{stance})\\b', example: 'We as a company condemn this decision in the strongest terms.' },
  { frame: '\\bspeaking for\\s(?:the\\s|our\\s)?{org}', example: 'Speaking for the board, the merger is off.' },
];
