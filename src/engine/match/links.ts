// Links in a post: "https://…", "www.…" and bare domains ("dalzicht.nl/afval"). Scanned by
// hand because the regex it replaces, /\b[\w-]+(?:\.[\w-]+)*\.(?:nl|…)/, retried every letter
// of a long "a-a-a-a…" or "a.a.a.a…" run against the rest of the run: quadratic. The scanner
// keeps the regex's choices (leftmost start, the last top-level domain in a dotted run) and
// looks at each character a bounded number of times.
import { lowerKeepLength } from '../nlp/phrases';
import { tick } from '../work';
import { isSpaceCode } from './scan';
import type { Span } from '../types';

const TLDS = ['nl', 'be', 'com', 'org', 'net', 'eu', 'uk', 'co.uk', 'io'];

const isWordCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isLabelCode = (c: number) => isWordCode(c) || c === 0x2d;

/** Length of the top-level domain that follows position `at`, or 0. */
function tldAt(lower: string, at: number): number {
  for (const tld of TLDS) if (lower.startsWith(tld, at)) return tld.length;
  return 0;
}

/** End of the run of non-space characters from `at`. */
function nonSpaceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The next "http(s)://" or "www." at or after `from` that has something after it. */
function nextScheme(lower: string, from: number): Span | undefined {
  let best: number | undefined;
  let len = 0;
  for (const prefix of ['http://', 'https://', 'www.']) {
    let at = lower.indexOf(prefix, from);
    // A scheme needs at least one non-space character after it.
    while (at !== -1 && (at + prefix.length >= lower.length || isSpaceCode(lower.charCodeAt(at + prefix.length)))) at = lower.indexOf(prefix, at + 1);
    if (at !== -1 && (best === undefined || at < best)) [best, len] = [at, prefix.length];
  }
  return best === undefined ? undefined : { start: best, end: best + len };
}

/** The first bare domain that starts in [from, before), if any. */
function nextDomain(text: string, lower: string, from: number, before: number): { span?: Span } {
  let i = from;
  while (i < before) {
    const c = text.charCodeAt(i);
    // A start: a label character right after a word boundary (\b, then [\w-]).
    const prevWord = i > 0 && isWordCode(text.charCodeAt(i - 1));
    if (!isLabelCode(c) || prevWord === isWordCode(c)) {
      i++;
      continue;
    }
    // Labels separated by single dots, from here to the first empty label; the domain ends at
    // the last dot that a top-level domain follows.
    let end = -1;
    let j = i;
    for (;;) {
      while (j < text.length && isLabelCode(text.charCodeAt(j))) j++;
      if (j >= text.length || text[j] !== '.') break;
      const tld = tldAt(lower, j + 1);
      if (tld > 0) end = j + 1 + tld;
      if (j + 1 >= text.length || !isLabelCode(text.charCodeAt(j + 1))) break;
      j++;
    }
    tick(j - i + 1);
    if (end !== -1) {
      if (text[end] === '/') end = nonSpaceEnd(text, end);
      return { span: { start: i, end } };
    }
    // No start inside this run of labels can do better; go on after it.
    i = Math.max(j, i + 1);
  }
  return {};
}

/** Every link in the text, left to right, as the old link regex found them. */
export function findLinks(text: string): Span[] {
  const lower = lowerKeepLength(text);
  const links: Span[] = [];
  let from = 0;
  let scheme = nextScheme(lower, 0);
  while (from < text.length) {
    if (scheme && scheme.start < from) scheme = nextScheme(lower, from);
    const before = scheme ? scheme.start : text.length;
    const domain = nextDomain(text, lower, from, before);
    let span = domain.span;
    if (!span && scheme) span = { start: scheme.start, end: nonSpaceEnd(text, scheme.end) };
    if (!span) break;
    tick(span.end - span.start);
    links.push(span);
    from = span.end;
  }
  return links;
}
