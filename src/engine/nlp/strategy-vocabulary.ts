// What each part of a pack matches on, read from the same compiled strategy the off-strategy
// rules use (strategy-match.ts), so the options page shows what the engine really counts: a
// theme's keywords and the words it draws from the theme's title, description and examples; a
// subject's keywords, the title and description words that name it and the words of the common
// subject families it speaks of; a custom rule's terms or
// pattern. Read-only: nothing here changes how a post is judged.
import { compileCustomRule } from '../kinds';
import { tokenize } from '../text';
import type { DetectedLang } from '../types';
import type { Pack, PackText, PackTheme } from '../pack/types';
import { compileStrategy } from './strategy-match';
import { MIN_SUBJECT_WORDS } from './subject-words';
import type { SubjectFamily } from './subject-families';

export interface ThemeVocabulary {
  id: string;
  title: PackText;
  /** The keywords as the pack lists them, all languages. */
  keywords: string[];
  /** Words the engine draws from the title, description and examples, beyond the keywords. */
  drawn: string[];
}

export interface SubjectVocabulary {
  id: string;
  title: PackText;
  list: 'avoid' | 'reserved';
  personal: boolean;
  /** The keywords as the pack lists them: any one of them names the subject. */
  terms: string[];
  /**
   * The one-word keywords the pack's themes or goals use too: as written they name the subject
   * alone, in another form ("crews" for "crewing") they count towards `wordsNeeded` (see
   * strategy-match.ts).
   */
  sharedTerms: string[];
  /** Title and description words not shared with the themes: `wordsNeeded` of them name it too. */
  words: string[];
  /** The common families of subjects it speaks of (see subject-families/), and what they add. */
  families: SubjectFamily[];
  /** Family words any one of which names the subject. */
  familyStrong: string[];
  /** Family words that count towards `wordsNeeded`. */
  familyWords: string[];
}

export interface CustomVocabulary {
  id: string;
  kind: 'terms' | 'pattern';
  terms: string[];
  pattern?: string;
  ignoreCase: boolean;
  /** What the rule finds in its own "fire" examples. */
  matches: string[];
}

export interface StrategyVocabulary {
  themes: ThemeVocabulary[];
  goals: ThemeVocabulary[];
  /** Words of the guidelines, goals and releases that count as the organisation's own. */
  packWords: string[];
  subjects: SubjectVocabulary[];
  wordsNeeded: number;
  custom: CustomVocabulary[];
}

const keywordsOf = (t: PackTheme) => [...new Set(Object.values(t.keywords ?? {}).flat().filter((k): k is string => typeof k === 'string'))];

/** `lang` decides how words are stemmed (and so which count as one); the texts of every language are read. */
export function strategyVocabulary(pack: Pack, lang: DetectedLang): StrategyVocabulary {
  const data = compileStrategy(pack);
  const strategy = pack.strategy ?? {};
  const themeLike = (list: readonly PackTheme[], compiled: StrategyVocabularySource[]): ThemeVocabulary[] =>
    compiled.map((c, i) => ({
      id: c.id,
      title: c.title,
      keywords: keywordsOf(list[i]!),
      drawn: c.profile
        .words(lang)
        .filter((w) => !w.keyword)
        .sort((a, b) => b.weight - a.weight)
        .map((w) => w.word),
    }));
  const subjects = (list: 'avoid' | 'reserved', source: readonly PackTheme[]): SubjectVocabulary[] =>
    data[list].map((s, i) => {
      const terms = keywordsOf(source[i]!);
      const words = s.words.words(lang);
      // A family word the pack already wrote (as a keyword or in its texts) is shown once, there.
      const stemOf = (w: string) => tokenize(w, lang).map((t) => t.stem).join(' ');
      const shown = new Set([...terms, ...words].map(stemOf));
      const family = s.words.familyWords(lang);
      const fresh = (list: string[]) => list.filter((w) => !shown.has(stemOf(w)));
      const shared = new Set(s.everyday(lang).values());
      const sharedTerms = terms.filter((term) => shared.has(term.toLowerCase()));
      return { id: s.id, title: s.title, list, personal: s.personal, terms, sharedTerms, words, families: [...s.words.families], familyStrong: fresh(family.strong), familyWords: fresh(family.words) };
    });
  return {
    themes: themeLike(strategy.themes ?? [], data.themes),
    goals: themeLike(strategy.goals ?? [], data.goals),
    packWords: data.pack.words(lang).map((w) => w.word),
    subjects: [...subjects('avoid', strategy.avoid ?? []), ...subjects('reserved', strategy.reserved ?? [])],
    wordsNeeded: MIN_SUBJECT_WORDS,
    custom: (pack.custom ?? []).map((rule) => {
      const find = compileCustomRule(rule).find;
      const matches = (rule.examples?.fire ?? []).flatMap((text) => {
        const at = rule.lang ?? lang;
        return find(text, tokenize(text, at), at).map((span) => text.slice(span.start, span.end));
      });
      return {
        id: rule.id,
        kind: rule.kind,
        terms: rule.terms ?? [],
        ...(rule.pattern !== undefined ? { pattern: rule.pattern } : {}),
        ignoreCase: rule.ignoreCase !== false,
        matches: [...new Set(matches)],
      };
    }),
  };
}

type StrategyVocabularySource = ReturnType<typeof compileStrategy>['themes'][number];
