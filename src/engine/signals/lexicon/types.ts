// A phrase a signal looks for: a lower-case regex fragment for `lexicon()` (bounded, no capture
// groups) and a sentence it must fire on, which `lexicon.test.ts` walks.
export interface LexiconEntry {
  signal: LexiconSignal;
  re: string;
  example: string;
}

/** Signals whose evidence is a phrase list, one list per language. */
export type LexiconSignal =
  | 'announced-today'
  | 'said-quote'
  | 'press-header'
  | 'media-contact'
  | 'forward-looking'
  | 'news-event'
  | 'greeting'
  | 'apology'
  | 'private-move'
  | 'opinion'
  | 'witness-appeal'
  | 'advice'
  | 'link-cue'
  | 'congrats'
  | 'humour'
  | 'institution'
  | 'third-subject'
  | 'news-headline'
  | 'notice'
  | 'help-info'
  | 'relational'
  | 'people-story'
  | 'deal'
  | 'honoured'
  | 'praise-offer';
