// The pack's own words beyond its themes: its description, its guidelines, its goals and the
// releases it lists. A communication officer writes five keywords per theme, not fifty; what the
// organisation talks about is also in everything else it wrote. These texts feed one light
// profile, so a post in the organisation's own vocabulary is never called "no theme fits" just
// because the theme lists were short.
import type { Pack, PackText } from '../pack/types';

const textsOf = (t: PackText | undefined): string[] =>
  t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t).filter((v): v is string => typeof v === 'string');

/** The pack's description and guidelines: how the organisation talks, and about what. */
export function guidelineTexts(pack: Pack): string[] {
  const g = pack.guidelines ?? {};
  const out: string[] = [...textsOf(pack.description), ...textsOf(g.why), ...textsOf(g.spokespeople)];
  for (const p of g.principles ?? []) out.push(...textsOf(p.title), ...textsOf(p.text));
  for (const t of [...(g.do ?? []), ...(g.dont ?? [])]) out.push(...textsOf(t));
  return out;
}

export function packVocabulary(pack: Pack): string[] {
  const out = guidelineTexts(pack);
  for (const goal of pack.strategy?.goals ?? []) out.push(...textsOf(goal.title), ...textsOf(goal.description));
  for (const r of pack.pressReleases ?? []) {
    if (r.title) out.push(r.title);
    if (r.text) out.push(r.text);
  }
  return out;
}
