// The pack's guidelines as plain sections of items, in one language, ready to filter and show.
import { pickText } from '../../engine/pack/text';
import type { Pack, PackText } from '../../engine/pack/types';
import type { PopupKey } from '../i18n/popup';

export interface GuidelineItem {
  title?: string;
  text: string;
}

export interface GuidelineSection {
  id: string;
  heading: PopupKey;
  items: GuidelineItem[];
}

export function guidelineSections(pack: Pack, lang: string): GuidelineSection[] {
  const t = (text: PackText | undefined) => pickText(text, lang).trim();
  const titled = (entries: { title: PackText; text?: PackText; description?: PackText }[] | undefined): GuidelineItem[] =>
    (entries ?? []).map((e) => ({ title: t(e.title), text: t(e.text ?? e.description) })).filter((i) => i.title || i.text);
  const plain = (texts: (PackText | undefined)[] | undefined): GuidelineItem[] =>
    (texts ?? []).map((text) => ({ text: t(text) })).filter((i) => i.text);
  const g = pack.guidelines ?? {};
  const s = pack.strategy ?? {};

  const sections: GuidelineSection[] = [
    { id: 'why', heading: 'sectionWhy', items: plain([g.why]) },
    { id: 'principles', heading: 'sectionPrinciples', items: titled(g.principles) },
    { id: 'goals', heading: 'sectionGoals', items: titled(s.goals) },
    { id: 'themes', heading: 'sectionThemes', items: titled(s.themes) },
    { id: 'do', heading: 'sectionDo', items: plain(g.do) },
    { id: 'dont', heading: 'sectionDont', items: plain(g.dont) },
    { id: 'avoid', heading: 'sectionAvoid', items: titled(s.avoid) },
    { id: 'spokespeople', heading: 'sectionSpokespeople', items: plain([g.spokespeople]) },
    { id: 'reserved', heading: 'sectionReserved', items: titled(s.reserved) },
    { id: 'contact', heading: 'sectionContact', items: plain([g.contact]) },
  ];
  return sections.filter((section) => section.items.length > 0);
}

/** Lower case without accents, so "cooperatie" finds "coöperatie". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Sections keeping only items holding every word of the query; a heading match keeps its whole section. */
export function filterSections(sections: GuidelineSection[], query: string, headingOf: (key: PopupKey) => string): GuidelineSection[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sections;
  const has = (haystack: string) => words.every((w) => haystack.includes(w));
  const out: GuidelineSection[] = [];
  for (const section of sections) {
    const heading = foldText(headingOf(section.heading));
    const items = has(heading) ? section.items : section.items.filter((i) => has(foldText(`${i.title ?? ''} ${i.text} ${heading}`)));
    if (items.length) out.push({ ...section, items });
  }
  return out;
}
