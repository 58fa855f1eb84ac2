// A pack cut down to what a communication officer writes in an afternoon: a few keywords per
// theme and language, and one example per theme. Titles, descriptions, goals and guidelines
// stay as they are. Used by scripts/thin-packs.ts and its test.
import type { Pack, PackTheme } from '../src/engine/pack/types';

/** 'themes': only strategy.themes are cut; 'all': avoid and reserved too. */
export type ThinScope = 'themes' | 'all';

function thinTheme(t: PackTheme, keywords: number): PackTheme {
  const out: PackTheme = { ...t };
  if (t.keywords) out.keywords = Object.fromEntries(Object.entries(t.keywords).map(([lang, list]) => [lang, list.slice(0, keywords)])) as PackTheme['keywords'];
  if (t.examples) out.examples = t.examples.slice(0, 1);
  return out;
}

export function thinPack(pack: Pack, keywords: number, scope: ThinScope = 'themes'): Pack {
  const s = pack.strategy;
  if (!s) return { ...pack };
  const cut = (list: PackTheme[] | undefined) => list?.map((t) => thinTheme(t, keywords));
  return {
    ...pack,
    strategy: {
      ...s,
      ...(s.themes ? { themes: cut(s.themes) } : {}),
      ...(scope === 'all' && s.avoid ? { avoid: cut(s.avoid) } : {}),
      ...(scope === 'all' && s.reserved ? { reserved: cut(s.reserved) } : {}),
    },
  };
}
