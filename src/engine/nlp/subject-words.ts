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
    set = new Set(this.counted(lang).map((t) => t.stem));
    this.byLang.set(lang, set);
    return set;
  }

  /** The words as first written, one per stem: for people to read (the options page). */
  words(lang: DetectedLang): string[] {
    const byStem = new Map<string, string>();
    for (const t of this.counted(lang)) if (!byStem.has(t.stem)) byStem.set(t.stem, t.lower);
    return [...byStem.values()];
  }

  /** The tokens of the texts that name the subject: content words not shared with the pack's themes. */
  private counted(lang: DetectedLang): Token[] {
    const shared = this.shared().map((p) => p.weights(lang));
    return this.texts.flatMap((text) => tokenize(text, lang).filter((t) => isContentToken(t) && !this.exclude.has(t.lower) && !shared.some((w) => w.has(t.stem))));
  }

  find(tokens: readonly Token[], lang: DetectedLang): WordHit[] {
    const stems = this.stems(lang);
    if (stems.size === 0) return [];
    return tokens.filter((t) => isContentToken(t) && stems.has(t.stem)).map((t) => ({ stem: t.stem, span: { start: t.start, end: t.end } }));
  }
}

/** Distinct subject words a post must use before they name the subject without a keyword. */
export const MIN_SUBJECT_WORDS = 2;
