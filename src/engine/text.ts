// Segmentation: sentences and word tokens with absolute offsets (UTF-16 code units, the unit
// of DOM ranges and textarea selections). Works on any input: emoji, RTL, zero-width and
// combining characters pass through as non-word characters or as part of a word.
import { detectLanguage } from './nlp/language';
import { stem } from './nlp/stem';
import { isSpace } from './match/scan';
import { tick } from './work';
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
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200D\u200C\u00AD]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200D\u200C\u00AD]*)*/uy;
/** What can't begin a word; skipped before each WORD. */
const NOT_WORD = /[^\p{L}\p{N}]*/uy;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * The next word of `text` from `from`: its start, with its end in `wordEnd`; -1 when there is
 * none. Sticky tests instead of exec: no match array per word on the keystroke path.
 */
function nextWord(text: string, from: number): number {
  NOT_WORD.lastIndex = from;
  NOT_WORD.test(text);
  const start = NOT_WORD.lastIndex;
  WORD.lastIndex = start;
  if (!WORD.test(text)) return -1;
  wordEnd = WORD.lastIndex;
  return start;
}
let wordEnd = 0;

export function tokenize(text: string, lang: Lang | 'other', offset = 0): Token[] {
  const tokens: Token[] = [];
  tick(text.length);
  for (let at = nextWord(text, 0); at !== -1; at = nextWord(text, wordEnd)) {
    const raw = text.slice(at, wordEnd);
    const lower = raw.toLowerCase().replace(INVISIBLE, '');
    tokens.push({ text: raw, lower, stem: stem(lower, lang), start: offset + at, end: offset + wordEnd });
  }
  return tokens;
}

// Sentence ends: . ! ? … followed by space/newline, or any newline. Abbreviations and
// decimals may split a sentence too early; detectors only look at sentence-sized windows.
// Scanned by hand: the regex /[.!?…]+["'”’)]*(?=\s|$)|\n+/ retried every dot of a long run.
const ENDERS = new Set(['.', '!', '?', '…']);
const END_CLOSERS = new Set(['"', "'", '”', '’', ')']);

export interface Segment {
  text: string;
  start: number;
  end: number;
}

export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  tick(n);
  const push = (s: number, e: number) => {
    // Trim white space so spans sit on the words.
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  let from = 0;
  for (let i = 0; i < n; ) {
    const ch = text[i]!;
    if (ch === '\n') {
      let j = i;
      while (j < n && text[j] === '\n') j++;
      push(from, i);
      from = i = j;
    } else if (ENDERS.has(ch)) {
      // Every start inside one run of marks ends at the same place, so the run is judged once.
      let j = i;
      while (j < n && ENDERS.has(text[j]!)) j++;
      while (j < n && END_CLOSERS.has(text[j]!)) j++;
      if (j === n || isSpace(text[j])) {
        push(from, j);
        from = j;
      }
      i = j;
    } else i++;
  }
  push(from, n);
  return out;
}

const CLOSERS = new Set([')', ']', '"', "'", '”', '’', '\uFE0F']);
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;
const HASHTAG_BODY = /[\p{L}\p{N}_]*/uy;

/**
 * Ends with a question mark once trailing hashtags, links, emoji and closing quotes are set
 * aside ("Wat vind jij? #wonen 🙂"). Walks back once: each word is found and judged one time,
 * and emoji are peeled off inside it, so a run of 20,000 joiners or family emoji stays linear.
 */
export function isQuestion(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0) {
    tick(1);
    const ch = sentence[end - 1]!;
    if (isSpace(ch) || CLOSERS.has(ch)) {
      end--;
      continue;
    }
    if (ch === '?') return true;
    let start = end;
    while (start > 0 && !isSpace(sentence[start - 1])) start--;
    tick(end - start);
    // A trailing word that is a hashtag or a link is noise. Both are judged from where the word
    // starts, so peeling emoji off its end never re-reads it.
    const link = /^https?:\/\//.exec(sentence.slice(start, start + 8))?.[0].length ?? 0;
    HASHTAG_BODY.lastIndex = start + 1;
    const tagEnd = sentence[start] === '#' ? start + 1 + HASHTAG_BODY.exec(sentence)![0].length : start;
    const noise = (e: number) => (link > 0 && e - start > link) || (tagEnd > start + 1 && e > start + 1 && e <= tagEnd);
    let skip = false;
    while (end > start) {
      const last = sentence[end - 1]!;
      if (CLOSERS.has(last)) {
        end--;
        continue;
      }
      if (last === '?') return true;
      if (noise(end)) {
        skip = true;
        break;
      }
      const cp = sentence.codePointAt(end - (end - 2 >= start && LOW_SURROGATE.test(last) ? 2 : 1)) ?? 0;
      if (!PICTOGRAPH.test(String.fromCodePoint(cp)) && last !== '\u200D') return false;
      end -= cp > 0xffff ? 2 : 1;
    }
    end = skip ? start : end;
  }
  return false;
}

/** The words of `text`, lower-cased as tokens have them; no stems, no offsets. */
function lowerWords(text: string): string[] {
  const words: string[] = [];
  tick(text.length);
  for (let at = nextWord(text, 0); at !== -1; at = nextWord(text, wordEnd)) words.push(text.slice(at, wordEnd).toLowerCase().replace(INVISIBLE, ''));
  return words;
}

/** Language by function words, with Dutch/English letter patterns to break ties. */
export function detectTextLanguage(text: string): DetectedLang {
  const words = lowerWords(text);
  const byWords = detectLanguage(words);
  if (byWords !== 'other') return byWords;
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (/ij|oe|ui|aa|sch|cht/.test(w)) nl++;
    if (/th|wh|sh|ing$|tion$|ck/.test(w)) en++;
  }
  if (nl === en) return 'other';
  return nl > en ? 'nl' : 'en';
}
