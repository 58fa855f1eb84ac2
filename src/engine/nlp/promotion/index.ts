// The selling and boasting phrases of every language, compiled once: one linear-time regex per
// list, {award} filled in from the award nouns of all languages, and the superlative words as
// sets. A third language adds a file beside nl.ts and en.ts and one entry below.
import { wordsOf, type PhraseEntry } from '../phrase-data';
import { lexicon } from '../phrases';
import * as en from './en';
import * as nl from './nl';

/** Every language's lists, by language code. */
export const PROMOTION_LISTS = { nl, en } as const;
const LANGUAGES = Object.values(PROMOTION_LISTS);

type Pick = (l: typeof nl) => readonly PhraseEntry[];
const alternatives = (pick: Pick) => wordsOf(...LANGUAGES.map(pick));
const words = (pick: Pick): ReadonlySet<string> => new Set(alternatives(pick));

const AWARD = alternatives((l) => l.awardNouns).join('|');

/** A phrase with {award} filled in, ready for lexicon(). */
export function promotionSource(phrase: string): string {
  return phrase.split('{award}').join(AWARD);
}

const compile = (pick: Pick) => lexicon(alternatives(pick).map(promotionSource));

/** Prize emoji, and hashtags of pride and prizes (\b: a hashtag ends where its word does). */
const AWARD_MARKS = new RegExp(`(?:🏆|🏅|🥇|💎|${alternatives((l) => l.hashtags).map((tag) => `#${tag}\\b`).join('|')})`, 'g');

/** One regex per list, over lowerKeepLength(text). */
export const PROMOTION = {
  boasts: compile((l) => l.boasts),
  exclusiveComparisons: compile((l) => l.exclusiveComparisons),
  weakBoasts: compile((l) => l.weakBoasts),
  proudTo: compile((l) => l.proudTo),
  pride: compile((l) => l.pride),
  awardWins: compile((l) => l.awardWins),
  awardMarks: AWARD_MARKS,
  recognition: compile((l) => l.recognition),
  salesCalls: compile((l) => l.salesCalls),
  softSales: compile((l) => l.softSales),
  selfImage: compile((l) => l.selfImage),
  openToOffers: compile((l) => l.openToOffers),
  modesty: compile((l) => l.modesty),
};

export const SUPERLATIVE = words((l) => l.superlatives);
export const SCOPE_LINK = words((l) => l.scopeLinks);
export const SCOPE = words((l) => l.scopes);
/** Superlatives of order, which tell rather than rank before a place's name ("the first homes in Kortland"). */
export const ORDER = words((l) => l.orderSuperlatives);
/** Articles, which may stand between a scope link and a place's name ("van de Maasoever"). */
export const ARTICLE = words((l) => l.articles);
/** Performance superlatives ranked within one's own workplace ("de snelste van de afdeling"). */
export const PERFORMANCE = words((l) => l.performanceSuperlatives);
export const WORKPLACE = words((l) => l.workplaces);

/** "Brightwell Foods, one of the UK's largest producers": the name before an appositive, in group 1. */
export const APPOSITIVE = new RegExp(
  `(\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,4}),\\s+(?:(?:${alternatives((l) => l.oneOf).join('|')})\\s+)?(?:${alternatives((l) => l.articles).join('|')})?\\s*$`,
  'u',
);
