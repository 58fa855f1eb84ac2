// Segmentation: sentences and word tokens with absolute offsets (UTF-16 code units, the unit
// of DOM ranges and textarea selections). Works on any input: emoji, RTL, zero-width and
// combining characters pass through as non-word characters or as part of a word.
import { detectLanguage } from './nlp/language';
import { stem } from './nlp/stem';
import type { DetectedLang, Lang } from './types';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, zero-width characters removed. */
  lower: string;
  stem: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Ends with a question mark (ignoring trailing emoji, hashtags and links). */
  question: boolean;
}

// A word: letters/digits with inner apostrophes, hyphens, dots in numbers; combining marks and
// zero-width joiners stay inside the word so offsets never split a grapheme's marks off.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200D\u200C\u00AD]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200D\u200C\u00AD]*)*/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function tokenize(text: string, lang: Lang | 'other', offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const lower = raw.toLowerCase().replace(INVISIBLE, '');
    tokens.push({ text: raw, lower, stem: stem(lower, lang), start: offset + m.index, end: offset + m.index + raw.length });
  }
  return tokens;
}

// Sentence ends: . ! ? … followed by space/newline, or any newline. Abbreviations and
// decimals may split a sentence too early; detectors only look at sentence-sized windows.
const SENTENCE_END = /[.!?…]+["'”’)]*(?=\s|$)|\n+/g;

export interface Segment {
  text: string;
  start: number;
  end: number;
}

export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  const push = (s: number, e: number) => {
    // Trim white space so spans sit on the words.
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    push(from, end);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const CLOSERS = new Set([')', ']', '"', "'", '”', '’', '\uFE0F']);
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;

/**
 * Ends with a question mark once trailing hashtags, links, emoji and closing quotes are set
 * aside ("Wat vind jij? #wonen 🙂"). Walks back word by word, so it stays linear on any input.
 */
export function isQuestion(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0) {
    const ch = sentence[end - 1]!;
    if (/\s/.test(ch) || CLOSERS.has(ch)) {
      end--;
      continue;
    }
    if (ch === '?') return true;
    // A trailing word that is a hashtag or a link is noise; any other word ends the search.
    let start = end;
    while (start > 0 && !/\s/.test(sentence[start - 1]!)) start--;
    const word = sentence.slice(start, end);
    if (/^#[\p{L}\p{N}_]+$/u.test(word) || /^https?:\/\/\S+$/.test(word)) {
      end = start;
      continue;
    }
    // Emoji (possibly several, with joiners and variation selectors) directly after the text.
    const cp = sentence.codePointAt(end - (end >= 2 && /[\uDC00-\uDFFF]/.test(ch) ? 2 : 1)) ?? 0;
    if (PICTOGRAPH.test(String.fromCodePoint(cp)) || ch === '\u200D') {
      end -= cp > 0xffff ? 2 : 1;
      continue;
    }
    return false;
  }
  return false;
}

/** Language by function words, with Dutch/English letter patterns to break ties. */
export function detectTextLanguage(tokens: readonly Token[]): DetectedLang {
  const byWords = detectLanguage(tokens.map((t) => t.lower));
  if (byWords !== 'other') return byWords;
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (/ij|oe|ui|aa|sch|cht/.test(t.lower)) nl++;
    if (/th|wh|sh|ing$|tion$|ck/.test(t.lower)) en++;
  }
  if (nl === en) return 'other';
  return nl > en ? 'nl' : 'en';
}
