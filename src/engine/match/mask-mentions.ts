// Organisation names inside the built-in detectors' phrase patterns ("namens <org>", "<Org>
// today announced"). Writing thousands of aliases into a regex alternation makes every
// position of a post try every alias; instead the names are found once with the phrase trie
// and replaced by a private-use mark of the same length, which the patterns match as
// `${MENTION}+`. Offsets stay as they were, so spans found in the masked text hold.
import { tokenize, type Token } from '../text';
import { tick } from '../work';
import { PhraseTrie } from './token-trie';

/** A private-use character no post contains by accident. */
export const MENTION = '\uE000';
/** A regex source for one masked mention. */
export const MENTION_RE = `${MENTION}+(?!${MENTION})`;

/** The names (three characters or more) as a phrase trie over lower-cased words, or undefined when there are none. */
export function nameTrie(names: readonly unknown[]): PhraseTrie | undefined {
  const trie = new PhraseTrie();
  names.forEach((name, i) => {
    if (typeof name !== 'string') return;
    const clean = name.replace(/^@/, '').trim();
    if (clean.length >= 3) trie.add(tokenize(clean, 'other').map((t) => t.lower), i);
  });
  return trie.size > 0 ? trie : undefined;
}

/** Words with offsets and lower-cased text; no stems, which names do not need. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200D\u200C\u00AD]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200D\u200C\u00AD]*)*/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

function words(text: string): Pick<Token, 'lower' | 'start' | 'end'>[] {
  const out: Pick<Token, 'lower' | 'start' | 'end'>[] = [];
  tick(text.length);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ lower: m[0].toLowerCase().replace(INVISIBLE, ''), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The text with every mention of a name replaced by MENTION characters (same length). Pass the
 * post's tokens when they are at hand (their `lower` is what the names are matched on).
 */
export function maskMentions(text: string, names: PhraseTrie | undefined, tokens?: readonly Pick<Token, 'lower' | 'start' | 'end'>[]): string {
  // A mark typed into the post itself must not pass for a name.
  const clean = text.includes(MENTION) ? text.split(MENTION).join(' ') : text;
  if (!names) return clean;
  tokens ??= words(clean);
  const hits = names.findAll({
    count: tokens.length,
    key: (i) => tokens[i]!.lower,
    lastKey: (i) => {
      const lower = tokens[i]!.lower;
      return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : undefined;
    },
  });
  if (hits.length === 0) return clean;
  let out = '';
  let from = 0;
  for (const h of hits) {
    const start = tokens[h.from]!.start;
    const end = tokens[h.to - 1]!.end;
    out += clean.slice(from, start) + MENTION.repeat(end - start);
    from = end;
  }
  return out + clean.slice(from);
}
