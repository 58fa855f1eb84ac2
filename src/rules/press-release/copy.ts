// The copy check: does the post copy one of the pack's own releases (winnowing fingerprints)?
// A shared fact (see Fact in engine/rule.ts): press-release names the copy, and no-theme-fit
// stays quiet on it, whichever of the two runs first.
import type { Fact, RuleContext } from '../../engine/rule';
import { matchReleases, parseFingerprint, fingerprintText, shingleHashes, wordHashes, SHINGLE, type CopyMatch, type WordHashes } from '../../engine/nlp/fingerprint';
import type { Pack } from '../../engine/pack/types';
import type { Span } from '../../engine/types';

interface ReleaseData {
  releases: { id: string; title: string; hashes: Set<number> }[];
}

/** Share of the post's words that must come from one release, and the least words that counts. */
const MIN_COVERAGE = 0.45;
const REPLY_COVERAGE = 0.7;
const MIN_WORDS = 12;
/** Shared 4-word runs needed: one or two can be a stock phrase. */
const MIN_HITS = 3;
/** So many copied words is a pasted passage, however much else the post says. */
const LONG_COPY = 50;
/**
 * Naming the release takes more: at least this many of the post's words must lie in runs the
 * release really has (no widening), or the post must hold a quarter of the release. The copy
 * check's coverage widens each shared run to the window around it, so a short post with one
 * copied sentence can pass it; such a post must not learn the title of an embargoed release.
 */
const NAME_WORDS = 20;
const NAME_SHARE = 0.25;

export interface ReleaseCopy {
  /** 0–1 share of the post's words shared with the closest release (two decimals). */
  similarity: number;
  /**
   * The release the post really copies: enough shared runs and words, and a large enough share
   * of the post. Only then may a message or score name it: a release can be embargoed, and a
   * post that shares a stock phrase or the topic must not reveal its title.
   */
  copied?: {
    match: CopyMatch;
    words: WordHashes;
    /** The release, only when the post holds a real share of it (see NAME_SHARE). */
    release?: { id: string; title: string };
  };
}

function compile(pack: Pack): ReleaseData {
  const releases: ReleaseData['releases'] = [];
  for (const r of pack.pressReleases ?? []) {
    // Text and fingerprint go through the same hash set, so both give the same match.
    const hashes = parseFingerprint(typeof r.text === 'string' ? fingerprintText(r.text) : (r.fingerprint ?? ''));
    if (hashes && hashes.size > 0) releases.push({ id: r.id, title: r.title || r.id, hashes });
  }
  return { releases };
}

function postWords(ctx: RuleContext): WordHashes {
  const all: WordHashes = { hashes: [], starts: [], ends: [] };
  for (const s of ctx.sentences) {
    const w = ctx.memo(s, (sentence) => wordHashes(sentence.text));
    for (let i = 0; i < w.hashes.length; i++) {
      all.hashes.push(w.hashes[i]!);
      all.starts.push(w.starts[i]! + s.start);
      all.ends.push(w.ends[i]! + s.start);
    }
  }
  return all;
}

/** Words of the post inside a run of SHINGLE words that the release has (kept hashes only). */
function provenWords(post: readonly number[], release: Set<number>): number {
  const inRun = new Uint8Array(post.length);
  shingleHashes(post).forEach((h, i) => {
    if (release.has(h)) inRun.fill(1, i, i + SHINGLE);
  });
  return inRun.reduce((a, b) => a + b, 0);
}

/** Distinct kept hashes of the release that the post holds. */
function sharedHashes(post: readonly number[], release: Set<number>): number {
  return new Set(shingleHashes(post).filter((h) => release.has(h))).size;
}

function compute(ctx: RuleContext): ReleaseCopy {
  const data = ctx.data as ReleaseData;
  if (data.releases.length === 0) return { similarity: 0 };
  const words = postWords(ctx);
  const match = matchReleases(words.hashes, data.releases.map((r) => r.hashes));
  const release = match ? data.releases[match.index] : undefined;
  if (!match || !release) return { similarity: 0 };
  // A reply that answers with the release's facts reuses its wording naturally: there only a
  // near-complete copy, or a long pasted passage, is a pasted release.
  const coverage = ctx.reply ? REPLY_COVERAGE : MIN_COVERAGE;
  const copied = match.hits >= MIN_HITS && match.words >= MIN_WORDS && (match.coverage >= coverage || match.words >= LONG_COPY);
  const similarity = Math.round(match.coverage * 100) / 100;
  if (!copied) return { similarity };
  const named = provenWords(words.hashes, release.hashes) >= NAME_WORDS || sharedHashes(words.hashes, release.hashes) >= NAME_SHARE * release.hashes.size;
  return { similarity, copied: { match, words, ...(named ? { release: { id: release.id, title: release.title } } : {}) } };
}

export const releaseCopy: Fact<ReleaseCopy> = { id: 'release-copy', compile, compute };

type Facts = Pick<RuleContext, 'fact'>;

/**
 * The post repeats much of the pack's own release (similarity 0.3 or more): it says what the
 * organisation already published, so the reserved-subject and no-theme-fit rules do not judge it
 * as a new statement. (The press-release rule names a copy only from MIN_COVERAGE.)
 */
export const copiesOwnRelease = (ctx: Facts): boolean => ctx.fact(releaseCopy).similarity >= 0.3;

/** The stretches of the post copied from the pack's own release; none when it copies none. */
export function copiedSpans(ctx: Facts): Span[] {
  const copied = ctx.fact(releaseCopy).copied;
  if (!copied) return [];
  const { match, words } = copied;
  return match.ranges.map(([a, b]) => ({ start: words.starts[a]!, end: words.ends[b - 1]! }));
}
