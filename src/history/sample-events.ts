// Deterministic, realistic-looking history for tests and benches: posts on several sites,
// each with a few nudges that are fixed, dismissed or left open when posting.
import type { Category } from '../engine/types';
import type { HistoryEvent, Outcome } from './events';

const SITES = ['x', 'linkedin', 'mastodon', 'bluesky', 'facebook'];
const RULES: [string, Category][] = [
  ['broadcasting', 'broadcasting'],
  ['self-promotion', 'self-promotion'],
  ['press-release', 'press-release'],
  ['no-theme-fit', 'off-strategy'],
  ['on-behalf', 'on-behalf'],
];
const TEXTS = [
  'We zijn trots op ons nieuwe product, "het beste" van NL! 🎉',
  'What do you think, colleagues? Let us know, please.\nSecond line',
  'Today we launch, finally — read the press release: example.org',
  'Dank aan iedereen die meedacht 🙏, wat vinden jullie?',
];

/** A small seeded random generator, so every run makes the same history. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface SampleOptions {
  /** Events end at this time and spread back over `days`. */
  now: number;
  days?: number;
  seed?: number;
  idPrefix?: string;
  withText?: boolean;
}

export function sampleEvents(count: number, options: SampleOptions): HistoryEvent[] {
  const { now, days = 120, seed = 7, idPrefix = 'ev', withText = true } = options;
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out: HistoryEvent[] = [];
  let post = 0;
  while (out.length < count) {
    const postId = `${idPrefix}-post-${post++}`;
    const site = pick(SITES);
    let time = now - 600_000 - Math.floor(rnd() * days * 86_400_000);
    const text = pick(TEXTS);
    const nudges = Math.floor(rnd() * 3);
    const open: [string, Category][] = [];
    const base = { site, packId: 'default', packVersion: '0.1.0', lang: rnd() < 0.5 ? 'nl' : 'en', postId } as const;
    const push = (rule: string, category: Category | '', outcome: Outcome) => {
      if (out.length >= count) return;
      out.push({
        id: `${idPrefix}-${out.length}`,
        time: (time += 1000),
        ...base,
        rule,
        category,
        severity: rule ? 'nudge' : '',
        outcome,
        ...(withText ? { excerpt: Array.from(text).slice(0, 40).join(''), text } : {}),
      });
    };
    for (let i = 0; i < nudges; i++) {
      const [rule, category] = pick(RULES);
      push(rule, category, 'shown');
      const r = rnd();
      if (r < 0.4) push(rule, category, 'fixed');
      else if (r < 0.6) push(rule, category, 'dismissed');
      else open.push([rule, category]);
    }
    if (open.length) for (const [rule, category] of open) push(rule, category, 'posted-open');
    else push('', '', 'posted-clean');
  }
  return out;
}
