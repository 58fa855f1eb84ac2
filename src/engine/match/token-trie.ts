// One matcher for every list of words and phrases a pack brings: custom "terms" rules,
// confidential code names, strategy keywords and the organisation's name and aliases. Phrases
// are stored as a trie over word keys (stems or lower-cased words, as the caller chooses), so a
// post is matched in one pass whatever the size of the list: at each word the walk goes at most
// as deep as the longest phrase, which the pack budget caps. 20,000 aliases cost no more per
// word than 2.
import { tick } from '../work';

interface Node {
  next: Map<string, Node> | undefined;
  /** Index of the phrase that ends here, or -1. */
  id: number;
}

export interface PhraseHit {
  /** Index the phrase was added with. */
  id: number;
  /** Word index range [from, to). */
  from: number;
  to: number;
}

export interface WordSource {
  /** Number of words in the text. */
  count: number;
  /** Match key of word i. */
  key(i: number): string;
  /** A second key that may end a phrase (e.g. the word without a possessive 's). */
  lastKey?(i: number): string | undefined;
  /** Whether words i-1 and i may belong to one phrase (e.g. only spaces between them). */
  joined?(i: number): boolean;
}

const newNode = (): Node => ({ next: undefined, id: -1 });

export class PhraseTrie {
  private readonly root = newNode();
  /** Words in the longest phrase: the most any walk does at one position. */
  depth = 0;
  size = 0;

  /** Adds a phrase; the first phrase added with the same keys keeps its id. Empty phrases are ignored. */
  add(keys: readonly string[], id: number): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    if (node.id === -1) {
      node.id = id;
      this.size++;
    }
    this.depth = Math.max(this.depth, keys.length);
  }

  /** Whether some phrase begins with this key: most words begin none, and need no walk. */
  begins(key: string): boolean {
    return this.root.next?.has(key) ?? false;
  }

  /** The longest phrase that starts at word `from`, if any. */
  longestAt(words: WordSource, from: number): PhraseHit | undefined {
    let node: Node | undefined = this.root;
    let best: PhraseHit | undefined;
    for (let i = from; i < words.count && node?.next; i++) {
      tick(1);
      if (i > from && words.joined && !words.joined(i)) break;
      const alt = words.lastKey?.(i);
      if (alt !== undefined) {
        const end = node.next.get(alt);
        if (end && end.id !== -1) best = { id: end.id, from, to: i + 1 };
      }
      node = node.next.get(words.key(i));
      if (node && node.id !== -1) best = { id: node.id, from, to: i + 1 };
    }
    return best;
  }

  /** Every phrase in the text, leftmost first and longest at each place, without overlaps. */
  findAll(words: WordSource): PhraseHit[] {
    const hits: PhraseHit[] = [];
    if (this.size === 0) return hits;
    for (let i = 0; i < words.count; ) {
      const hit = this.longestAt(words, i);
      if (hit) {
        hits.push(hit);
        i = hit.to;
      } else i++;
    }
    return hits;
  }
}
