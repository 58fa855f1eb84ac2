// Phrase lexicons compiled to one linear-time regex each. Word boundaries are written as
// letter/digit look-arounds because \b only knows ASCII letters, and Dutch has "één", "dé".
import type { Span } from '../types';

const L = '[\\p{L}\\p{N}]';

/**
 * Compiles phrase sources (regex fragments without capture groups or unbounded nesting) into
 * one case-insensitive regex. Keep fragments free of nested quantifiers: every lexicon entry is
 * a fixed phrase with at most a bounded gap, so matching stays linear in the sentence.
 */
export function lexicon(sources: readonly string[], opts: { start?: boolean } = {}): RegExp {
  const body = sources.join('|');
  const head = opts.start ? `^[^\\p{L}\\p{N}]{0,12}` : `(?<!${L})`;
  return new RegExp(`${head}(?:${body})(?!${L})`, 'giu');
}

/** All matches of a lexicon in a text, as spans relative to the text. */
export function matchAll(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // For start-anchored lexicons, drop the leading punctuation/emoji from the span.
    const lead = /^[^\p{L}\p{N}]*/u.exec(m[0])![0].length;
    spans.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return spans;
}

export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}
