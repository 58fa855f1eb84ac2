// The words of a subject to avoid or a reserved subject beyond its keywords: the content words of
// its title and description ("Lopende bezwaren, beroepen en rechtszaken"), so a pack with five
// keywords per subject still recognises it. Words the pack also uses for its themes, goals or
// guidelines are left out (they cannot tell the subject apart: "zorg" in a hospital's pack, or
// "woordvoerder" in a description of who may speak), and one such word alone is never enough.
import type { Token } from '../text';
import type { DetectedLang, Span } from '../types';
import { isContentToken, type Profile } from './similarity';
import { tokenize } from '../text';

export interface WordHit {
  stem: string;
  span: Span;
}

export class SubjectWords {
  private byLang = new Map<DetectedLang, Set<string>>();
  constructor(
    private texts: readonly string[],
    /** Profiles whose words are shared with what the organisation wants to talk about. */
    private shared: () => readonly Profile[],
    private exclude: ReadonlySet<string>,
  ) {}

  stems(lang: DetectedLang): Set<string> {
    let set = this.byLang.get(lang);
    if (set) return set;
    set = new Set();
    const shared = this.shared().map((p) => p.weights(lang));
    for (const text of this.texts) {
      for (const t of tokenize(text, lang)) {
        if (!isContentToken(t) || this.exclude.has(t.lower) || shared.some((w) => w.has(t.stem))) continue;
        set.add(t.stem);
      }
    }
    this.byLang.set(lang, set);
    return set;
  }

  find(tokens: readonly Token[], lang: DetectedLang): WordHit[] {
    const stems = this.stems(lang);
    if (stems.size === 0) return [];
    return tokens.filter((t) => isContentToken(t) && stems.has(t.stem)).map((t) => ({ stem: t.stem, span: { start: t.start, end: t.end } }));
  }
}

/** Distinct subject words a post must use before they name the subject without a keyword. */
export const MIN_SUBJECT_WORDS = 2;
