// A question that fits an announcement, to turn one-way sending into an invitation. It comes
// from the kind of announcement, or from the pack theme the post is about when the kind says
// little ("new", "out now").
import type { Bilingual } from '../rule';
import type { Pack } from '../pack/types';
import { pickText } from '../pack/text';
import type { Token } from '../text';
import type { Lang } from '../types';
import type { AnnounceKind } from './announce-frames';
import { stem } from './stem';

const BY_KIND: Record<AnnounceKind, Bilingual> = {
  event: { nl: 'Wat hoop jij er te horen, of wat wil je er zelf vragen?', en: 'What would you like to hear there, or ask yourself?' },
  service: { nl: 'Wat betekent deze verandering voor jou?', en: 'What does this change mean for you?' },
  publication: { nl: 'Wat valt jou op, of welke vraag blijft er voor jou open?', en: 'What stands out to you, or which question does it leave open?' },
  launch: { nl: 'Wat vind je ervan, en wat mis je nog?', en: 'What do you think of it, and what is still missing for you?' },
  job: { nl: 'Wat zou jij willen weten voordat je solliciteert?', en: 'What would you want to know before you apply?' },
  sales: { nl: 'Wat wil jij eerst weten voordat je hieraan begint?', en: 'What would you want to know before you start with this?' },
  brag: { nl: 'Wat kunnen we volgens jou nog beter doen?', en: 'What do you think we could still do better?' },
  release: { nl: 'Wat betekent dit voor jou?', en: 'What does this mean for you?' },
  link: { nl: 'Wat vind jij ervan?', en: 'What do you think?' },
};
/** The same questions for posts that address readers with "u" (as a hospital does its patients). */
const BY_KIND_U: Record<AnnounceKind, string> = {
  event: 'Wat hoopt u er te horen, of wat wilt u er zelf vragen?',
  service: 'Wat betekent deze verandering voor u?',
  publication: 'Wat valt u op, of welke vraag blijft er voor u open?',
  launch: 'Wat vindt u ervan, en wat mist u nog?',
  job: 'Wat zou u willen weten voordat u solliciteert?',
  sales: 'Wat wilt u eerst weten voordat u hieraan begint?',
  brag: 'Wat kunnen we volgens u nog beter doen?',
  release: 'Wat betekent dit voor u?',
  link: 'Wat vindt u ervan?',
};
const THEME_U = 'Wat vindt u het belangrijkst als het gaat om {theme}?';
const THEME: Bilingual = { nl: 'Wat vind jij het belangrijkst als het gaat om {theme}?', en: 'What matters most to you when it comes to {theme}?' };
/** Kinds that say little about what to ask, so a theme question fits better. */
const GENERIC = new Set<AnnounceKind>(['launch', 'link', 'release', 'brag', 'publication']);

export interface ThemeIndex {
  /** Keyword stem (per language) → theme title per language. */
  byStem: Record<Lang, Map<string, Bilingual>>;
}

export function indexThemes(pack: Pack): ThemeIndex {
  const byStem: Record<Lang, Map<string, Bilingual>> = { nl: new Map(), en: new Map() };
  for (const theme of pack.strategy?.themes ?? []) {
    const title: Bilingual = { nl: pickText(theme.title, 'nl'), en: pickText(theme.title, 'en') };
    if (!title.nl && !title.en) continue;
    for (const lang of ['nl', 'en'] as const) {
      for (const keyword of theme.keywords?.[lang] ?? []) {
        // Only one-word keywords: multi-word ones would need phrase matching for little gain here.
        if (typeof keyword === 'string' && !/\s/.test(keyword.trim())) byStem[lang].set(stem(keyword.trim().toLowerCase(), lang), title);
      }
    }
  }
  return { byStem };
}

function themeOf(tokens: readonly Token[], index: ThemeIndex | undefined, lang: Lang): Bilingual | undefined {
  const map = index?.byStem[lang];
  if (!map || map.size === 0) return undefined;
  const counts = new Map<Bilingual, number>();
  for (const t of tokens) {
    const title = map.get(t.stem);
    if (title) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  let best: Bilingual | undefined;
  let most = 0;
  for (const [title, n] of counts) if (n > most) [best, most] = [title, n];
  return best;
}

const U = new Set(['u', 'uw']);
const JE = new Set(['je', 'jij', 'jou', 'jouw', 'jullie']);

/** True when a Dutch post speaks to its readers with "u" rather than "je". */
function formal(tokens: readonly Token[]): boolean {
  let u = 0;
  let je = 0;
  for (const t of tokens) {
    if (U.has(t.lower)) u++;
    else if (JE.has(t.lower)) je++;
  }
  return u > je;
}

/** The question to suggest, in the message language and the post's form of address. */
export function suggestQuestion(kind: AnnounceKind, tokens: readonly Token[], index: ThemeIndex | undefined, lang: Lang): string {
  const polite = lang === 'nl' && formal(tokens);
  const theme = GENERIC.has(kind) ? themeOf(tokens, index, lang) : undefined;
  if (theme) {
    const title = (theme[lang] || theme.nl || theme.en).trim();
    // "Wonen voor iedereen" reads as "wonen voor iedereen" mid-sentence; "HomeFlex" stays.
    const inline = /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
    return (polite ? THEME_U : THEME[lang]).replace('{theme}', inline);
  }
  return polite ? BY_KIND_U[kind] : BY_KIND[kind][lang];
}
