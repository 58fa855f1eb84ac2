// Copy detection by winnowing (Schleimer, Wilkerson & Aiken 2003): hash every run of K words,
// keep the smallest hash of each window of W runs. Any passage of K+W-1 words that a post shares
// with a release then shares at least one kept hash, whatever was trimmed, reordered or edited
// around it. A release is stored as its set of kept hashes, so a pack can carry that set (a
// "fingerprint") instead of the text, and matching gives the same answer either way.

/** Words per shingle and shingles per winnowing window. */
export const SHINGLE = 4;
export const WINDOW = 4;
const PREFIX = `pcfp1.${SHINGLE}.${WINDOW}:`;

const WORD = /[\p{L}\p{N}]+/uy;
const NOT_WORD = /[^\p{L}\p{N}]*/uy;

/** FNV-1a over the normalised word: lower case, no diacritics, so small spelling drift survives. */
export function hashWord(word: string): number {
  const w = /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i) | 0x20; // ASCII case folding without allocating
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface WordHashes {
  hashes: number[];
  starts: number[];
  ends: number[];
}

/** Word hashes of a text with their offsets (relative to the text). */
export function wordHashes(text: string): WordHashes {
  const out: WordHashes = { hashes: [], starts: [], ends: [] };
  // Sticky tests rather than exec, and ASCII words hashed in place: nothing allocated per word.
  for (let from = 0; ; ) {
    NOT_WORD.lastIndex = from;
    NOT_WORD.test(text);
    const start = NOT_WORD.lastIndex;
    WORD.lastIndex = start;
    if (!WORD.test(text)) break;
    from = WORD.lastIndex;
    out.hashes.push(hashRange(text, start, from));
    out.starts.push(start);
    out.ends.push(from);
  }
  return out;
}

/** hashWord of text[start, end) lower-cased; for ASCII the same sum without the copy (hashWord folds ASCII case itself). */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return hashWord(text.slice(start, end).toLowerCase());
    h ^= c | 0x20;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of each run of SHINGLE consecutive words. */
export function shingleHashes(words: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193);
    out.push(h >>> 0);
  }
  return out;
}

/** The winnowed subset of shingle hashes (for texts shorter than a window: all of them). */
export function winnow(shingles: readonly number[]): Set<number> {
  const kept = new Set<number>();
  if (shingles.length <= WINDOW) {
    for (const h of shingles) kept.add(h);
    return kept;
  }
  for (let i = 0; i + WINDOW <= shingles.length; i++) {
    let min = shingles[i]!;
    for (let j = 1; j < WINDOW; j++) min = Math.min(min, shingles[i + j]!);
    kept.add(min);
  }
  return kept;
}

/** A compact, serialisable fingerprint of a text: its winnowed hashes in base 36. */
export function fingerprintText(text: string): string {
  const kept = [...winnow(shingleHashes(wordHashes(text).hashes))].sort((a, b) => a - b);
  return PREFIX + kept.map((h) => h.toString(36)).join('.');
}

/** The hash set of a fingerprint string; undefined when it is not one of ours. */
export function parseFingerprint(fingerprint: string): Set<number> | undefined {
  if (typeof fingerprint !== 'string' || !fingerprint.startsWith(PREFIX)) return undefined;
  const body = fingerprint.slice(PREFIX.length);
  const set = new Set<number>();
  if (!body) return set;
  for (const part of body.split('.')) {
    const h = parseInt(part, 36);
    if (!Number.isFinite(h) || h < 0 || h > 0xffffffff || !/^[0-9a-z]+$/.test(part)) return undefined;
    set.add(h);
  }
  return set;
}

export function isFingerprint(value: unknown): boolean {
  return typeof value === 'string' && parseFingerprint(value) !== undefined;
}

export interface CopyMatch {
  /** Index of the best-matching release in the list given. */
  index: number;
  /** Share of the post's words that lie in passages shared with that release (0–1). */
  coverage: number;
  /** Number of the post's words in shared passages. */
  words: number;
  /** Post shingles found in the release. */
  hits: number;
  /** Word ranges of the post (indexes into its word list) that are shared. */
  ranges: [number, number][];
}

/**
 * How much of a post is copied from each release. A post shingle found among a release's kept
 * hashes marks its words as shared, plus the words of the surrounding window: winnowing keeps at
 * least one hash per window of a shared passage, so the neighbours are shared too.
 */
export function matchReleases(postWords: readonly number[], releases: readonly Set<number>[]): CopyMatch | undefined {
  const shingles = shingleHashes(postWords);
  const n = postWords.length;
  if (shingles.length === 0 || releases.length === 0) return undefined;
  let best: CopyMatch | undefined;
  releases.forEach((set, index) => {
    const covered = new Uint8Array(n);
    let hits = 0;
    for (let i = 0; i < shingles.length; i++) {
      if (!set.has(shingles[i]!)) continue;
      hits++;
      const from = Math.max(0, i - WINDOW + 1);
      const to = Math.min(n, i + SHINGLE + WINDOW - 1);
      for (let k = from; k < to; k++) covered[k] = 1;
    }
    if (hits === 0) return;
    const ranges: [number, number][] = [];
    let words = 0;
    for (let i = 0; i < n; ) {
      if (!covered[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < n && covered[j]) j++;
      ranges.push([i, j]);
      words += j - i;
      i = j;
    }
    const coverage = words / n;
    if (!best || coverage > best.coverage) best = { index, coverage, words, hits, ranges };
  });
  return best;
}
