// " Closest theme: "Housing". Other themes: …": the pack's themes named in an off-strategy
// message, so the writer sees where the post could go.
import type { Bilingual } from '../rule';
import { pickText } from '../pack/text';
import type { Lang } from '../types';
import type { RankedTheme } from './strategy-match';

type T = (text: Bilingual, vars?: Record<string, string | number>) => string;

export function closestThemes(ranked: readonly RankedTheme[], t: T, lang: Lang): string {
  const best = ranked[0];
  if (!best) return '';
  const others = ranked.slice(1).map((r) => pickText(r.title, lang));
  return t({ nl: ' Het dichtst in de buurt: "{best}". Andere thema\'s: {others}.', en: ' Closest theme: "{best}". Other themes: {others}.' }, { best: pickText(best.title, lang), others: others.join(', ') });
}
