import type { PhraseEntry } from '../phrase-data';

/**
 * The subjects social-media policies most often keep off an organisation's feed or leave to its
 * spokesperson. A pack's `avoid` or `reserved` subject that speaks of one of them (in its title,
 * description or keywords) is recognised by the family's words too, so a pack written with five
 * keywords still knows a lawsuit when a post calls it a court case.
 */
export type SubjectFamily = 'politics' | 'labour' | 'legal' | 'incident' | 'fraud' | 'finance' | 'investing' | 'product-safety' | 'personnel' | 'closures' | 'complaint';

export const SUBJECT_FAMILIES: readonly SubjectFamily[] = ['politics', 'labour', 'legal', 'incident', 'fraud', 'finance', 'investing', 'product-safety', 'personnel', 'closures', 'complaint'];

/**
 * One family's words in one language: single words as people write them (no phrases; Dutch
 * compounds match on their last part, see index.ts), and a post that uses two of them. A post
 * must use two distinct words of a family before they name the subject, except the `strong`
 * ones (each also in `words`), which name it alone: "lawsuit" is always a legal case, "court"
 * may be a tennis court.
 */
export interface FamilyEntry {
  family: SubjectFamily;
  words: readonly string[];
  strong: readonly string[];
  example: string;
  /**
   * Word groups that name the family alone where its words are not used ("de huur stijgt met 5
   * procent", "jobs are at risk"): lower-case lexicon fragments (see phrases.ts), each with a
   * post it must be found in, which a test walks.
   */
  phrases?: readonly PhraseEntry[];
}
