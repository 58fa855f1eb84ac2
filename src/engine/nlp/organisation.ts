// Who a post speaks about and to: mentions of the pack's organisation (name, aliases, handles)
// and the voice of the writer (we / I / you). Detectors share these so that "the organisation in
// the third person", "we-centred" and "addresses the reader" mean the same thing everywhere.
import { PhraseTrie } from '../match/token-trie';
import type { Pack } from '../pack/types';
import type { Token } from '../text';
import type { Span } from '../types';
import { FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, READER_ADDRESS } from './words';

// The pronoun lists are data per language (words/nl.ts, words/en.ts).
export { FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, READER_ADDRESS };

export const isFirstPersonPlural = (lower: string): boolean => FIRST_PERSON_PLURAL.has(lower);
export const isFirstPersonSingular = (lower: string): boolean => FIRST_PERSON_SINGULAR.has(lower);
export const isReaderAddress = (lower: string): boolean => READER_ADDRESS.has(lower);

export interface OrganisationMatcher {
  /** Name and alias word sequences, as one phrase trie over lower-cased words. */
  names: PhraseTrie;
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
  const names = new PhraseTrie();
  [org.name, ...(org.aliases ?? [])].forEach((name, i) => {
    if (typeof name === 'string') names.add(words(name), i);
  });
  const handles = new Set(
    (org.handles ?? []).filter((h): h is string => typeof h === 'string').map((h) => h.replace(/^@/, '').toLowerCase()).filter(Boolean),
  );
  const matcher = { names, handles, empty: names.size === 0 && handles.size === 0 };
  compiledByPack.set(pack, matcher);
  return matcher;
}

/** Spans where the organisation is named (by name, alias or handle). Linear in the tokens. */
export function findOrganisationMentions(tokens: readonly Token[], matcher: OrganisationMatcher): Span[] {
  const spans: Span[] = [];
  if (matcher.empty) return spans;
  const source = {
    count: tokens.length,
    key: (i: number) => tokens[i]!.lower,
    // Possessives ("Northwind's") still name the organisation, on the name's last word.
    lastKey: (i: number) => {
      const lower = tokens[i]!.lower;
      return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : undefined;
    },
  };
  for (let i = 0; i < tokens.length; i++) {
    if (matcher.handles.has(tokens[i]!.lower)) {
      spans.push({ start: tokens[i]!.start, end: tokens[i]!.end });
      continue;
    }
    const hit = matcher.names.longestAt(source, i);
    if (!hit) continue;
    spans.push({ start: tokens[i]!.start, end: tokens[hit.to - 1]!.end });
    i = hit.to - 1;
  }
  return spans;
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
