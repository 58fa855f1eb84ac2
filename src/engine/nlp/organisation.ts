// Who a post speaks about and to: mentions of the pack's organisation (name, aliases, handles)
// and the voice of the writer (we / I / you). Detectors share these so that "the organisation in
// the third person", "we-centred" and "addresses the reader" mean the same thing everywhere.
import type { Pack } from '../pack/types';
import type { Token } from '../text';
import type { Span } from '../types';

/** First-person plural forms, Dutch and English, as the tokenizer lower-cases them. */
export const FIRST_PERSON_PLURAL: ReadonlySet<string> = new Set([
  'we', 'wij', 'ons', 'onze', "we're", 'we’re', "we've", 'we’ve', "we'll", 'we’ll', "we'd", 'we’d',
  'our', 'ours', 'us', 'ourselves', "let's", 'let’s', 'onszelf',
]);

export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set([
  'ik', 'mij', 'mijn', "m'n", 'm’n', 'me', 'mezelf', 'i', 'my', 'mine', 'myself', "i'm", 'i’m', "i've", 'i’ve', "i'll", 'i’ll', "i'd", 'i’d',
]);

/** Words that address the reader directly. */
export const READER_ADDRESS: ReadonlySet<string> = new Set([
  'je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw', "je'", 'jezelf', 'uzelf',
  'you', 'your', 'yours', "you're", 'you’re', "you've", 'you’ve', "you'll", 'you’ll', "you'd", 'you’d', 'yourself', 'yourselves', 'y’all', "y'all",
]);

export const isFirstPersonPlural = (lower: string): boolean => FIRST_PERSON_PLURAL.has(lower);
export const isFirstPersonSingular = (lower: string): boolean => FIRST_PERSON_SINGULAR.has(lower);
export const isReaderAddress = (lower: string): boolean => READER_ADDRESS.has(lower);

export interface OrganisationMatcher {
  /** Name and alias word sequences, indexed by their first word. */
  byFirst: Map<string, string[][]>;
  /** Handles without '@', lower-cased. */
  handles: Set<string>;
  /** True when the pack names no organisation at all. */
  empty: boolean;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORDS) ?? []).filter(Boolean);
}

const compiledByPack = new WeakMap<Pack, OrganisationMatcher>();

/** The pack's organisation as a matcher; compiled once per pack object. */
export function compileOrganisation(pack: Pack): OrganisationMatcher {
  const cached = compiledByPack.get(pack);
  if (cached) return cached;
  const org = pack.organisation ?? {};
  const byFirst = new Map<string, string[][]>();
  const names = [org.name, ...(org.aliases ?? [])].filter((n): n is string => typeof n === 'string');
  for (const name of names) {
    const seq = words(name);
    if (seq.length === 0) continue;
    const list = byFirst.get(seq[0]!) ?? [];
    // Longest first, so "Gemeente Dalzicht" wins over "Gemeente".
    list.push(seq);
    list.sort((a, b) => b.length - a.length);
    byFirst.set(seq[0]!, list);
  }
  const handles = new Set(
    (org.handles ?? []).filter((h): h is string => typeof h === 'string').map((h) => h.replace(/^@/, '').toLowerCase()).filter(Boolean),
  );
  const matcher = { byFirst, handles, empty: byFirst.size === 0 && handles.size === 0 };
  compiledByPack.set(pack, matcher);
  return matcher;
}

/** Spans where the organisation is named (by name, alias or handle). Linear in the tokens. */
export function findOrganisationMentions(tokens: readonly Token[], matcher: OrganisationMatcher): Span[] {
  const spans: Span[] = [];
  if (matcher.empty) return spans;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.lower;
    // Possessives ("Northwind's") still name the organisation.
    const bare = first.endsWith("'s") || first.endsWith('’s') ? first.slice(0, -2) : first;
    if (matcher.handles.has(first)) {
      spans.push({ start: tokens[i]!.start, end: tokens[i]!.end });
      continue;
    }
    const candidates = matcher.byFirst.get(first) ?? matcher.byFirst.get(bare);
    if (!candidates) continue;
    for (const seq of candidates) {
      if (matchesAt(tokens, i, seq)) {
        spans.push({ start: tokens[i]!.start, end: tokens[i + seq.length - 1]!.end });
        i += seq.length - 1;
        break;
      }
    }
  }
  return spans;
}

function matchesAt(tokens: readonly Token[], at: number, seq: readonly string[]): boolean {
  if (at + seq.length > tokens.length) return false;
  for (let k = 0; k < seq.length; k++) {
    const lower = tokens[at + k]!.lower;
    const want = seq[k]!;
    if (lower === want) continue;
    // Only the last word may carry a possessive 's.
    if (k === seq.length - 1 && (lower === `${want}'s` || lower === `${want}’s`)) continue;
    return false;
  }
  return true;
}

export interface Voice {
  /** we / our / wij / onze … */
  we: number;
  /** I / my / ik / mijn … */
  i: number;
  /** you / your / je / jullie / u … */
  you: number;
  /** Mentions of the organisation by name, alias or handle. */
  org: number;
  words: number;
}

/** Counts who the tokens speak as and to. */
export function voiceOf(tokens: readonly Token[], matcher?: OrganisationMatcher): Voice {
  let we = 0;
  let i = 0;
  let you = 0;
  for (const t of tokens) {
    if (FIRST_PERSON_PLURAL.has(t.lower)) we++;
    else if (FIRST_PERSON_SINGULAR.has(t.lower)) i++;
    else if (READER_ADDRESS.has(t.lower)) you++;
  }
  const org = matcher ? findOrganisationMentions(tokens, matcher).length : 0;
  return { we, i, you, org, words: tokens.length };
}
