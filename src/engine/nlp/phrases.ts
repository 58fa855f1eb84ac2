// Phrase lexicons compiled to one linear-time regex each. Word boundaries are written as
// letter/digit look-arounds because \b only knows ASCII letters, and Dutch has "één", "dé".
import type { Span } from '../types';

/** A letter or digit of Dutch or English text, after lower-casing (Latin with accents). */
export const LETTER = '[a-z0-9\\u00df-\\u024f]';
const L = LETTER;

/**
 * Lower-cases without changing the length, so spans found in the result hold for the original
 * (a few characters, like "İ", grow when lower-cased; those stay as they are).
 */
export function lowerKeepLength(text: string): string {
  // Several readers lower the same sentence one after another: the last one is kept.
  if (text === lastText) return lastLower;
  lastLower = lowerOf(text);
  lastText = text;
  return lastLower;
}
let lastText = '';
let lastLower = '';

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const unit of text.split('')) {
    const l = unit.toLowerCase();
    out += l.length === 1 ? l : unit;
  }
  return out;
}

/**
 * Compiles phrase sources (lower-case regex fragments without capture groups or unbounded
 * nesting) into one regex to run over lowerKeepLength(text). Every entry is a fixed phrase with
 * at most a bounded gap, so matching stays linear in the sentence. No 'i' or 'u' flag: V8
 * compiles and runs plain regexes several times faster, which matters on the keystroke path.
 * `\\p{L}` in a fragment stands for one letter.
 */
export function lexicon(sources: readonly string[], opts: { start?: boolean } = {}): RegExp {
  const body = sources.join('|').split('\\p{L}').join(L);
  const head = opts.start ? `^(?:(?!${L})[^]){0,12}` : `(?<!${L})`;
  return new RegExp(`${head}(?:${body})(?!${L})`, 'g');
}

const LEAD = new RegExp(`^(?:(?!${L})[^])*`);

/** All matches of a lexicon in a text, as spans relative to the text. */
export function matchAll(re: RegExp, text: string): Span[] {
  return matchSome(re, text) ?? [];
}

/** As matchAll, but undefined when nothing matches (most lexicons in most sentences): no empty array to make. */
export function matchSome(re: RegExp, text: string): Span[] | undefined {
  let spans: Span[] | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // For start-anchored lexicons, drop the leading punctuation/emoji from the span.
    const skip = LEAD.exec(m[0])![0].length;
    const lead = skip < m[0].length ? skip : 0;
    (spans ??= []).push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return spans;
}

export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}
