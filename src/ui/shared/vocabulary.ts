// One vocabulary for every surface: one word per level per language, and human names for rules,
// categories, sites and packs, so no raw id (`self-promotion`, `linkedin`, `default`) reaches a
// person. The coach, popup, options, welcome and review page all name things through here.
import type { Category, Severity } from '../../engine/types';
import type { UiLang } from '../i18n/index';
import { SITE_LABELS } from './sites';

/** Level names. "Tip" is the nudge in Dutch; English says "nudge". Info is a note in both. */
export const SEVERITY_NAMES: Record<UiLang, Record<Severity, string>> = {
  en: { warning: 'Warning', nudge: 'Nudge', info: 'Note' },
  nl: { warning: 'Waarschuwing', nudge: 'Tip', info: 'Opmerking' },
};

/** The plural of the coach's remarks in running text ("3 nudges", "3 tips"). */
export const REMARKS: Record<UiLang, { one: string; other: string }> = {
  en: { one: 'nudge', other: 'nudges' },
  nl: { one: 'tip', other: 'tips' },
};

export function remarksCount(count: number, lang: UiLang): string {
  return `${count} ${count === 1 ? REMARKS[lang].one : REMARKS[lang].other}`;
}

export const CATEGORY_NAMES: Record<UiLang, Record<Category, string>> = {
  en: {
    broadcasting: 'One-way announcement',
    'self-promotion': 'Self-promotion',
    'press-release': 'Pasted press release',
    'off-strategy': 'Off strategy',
    'on-behalf': 'Speaking for the organisation',
    confidential: 'Confidential',
    custom: 'Organisation rule',
  },
  nl: {
    broadcasting: 'Eenrichtingsbericht',
    'self-promotion': 'Zelfpromotie',
    'press-release': 'Geplakt persbericht',
    'off-strategy': 'Buiten de strategie',
    'on-behalf': 'Namens de organisatie',
    confidential: 'Vertrouwelijk',
    custom: 'Regel van de organisatie',
  },
};

const BUILT_IN_RULES = new Set<string>(['broadcasting', 'self-promotion', 'press-release', 'off-strategy', 'on-behalf', 'confidential']);

export function categoryName(category: string, lang: UiLang): string {
  return CATEGORY_NAMES[lang][category as Category] ?? CATEGORY_NAMES[lang].custom;
}

/** The off-strategy checks by name: each is a rule of its own in the history and the review page. */
const SIBLING_NAMES: Record<UiLang, Record<string, string>> = {
  en: {
    'avoided-subject': 'Subject to avoid',
    'reserved-subject': 'Subject for spokespeople',
    'no-theme-fit': 'No theme fits',
    'personal-case': 'Someone’s personal case',
    'medical-advice': 'Medical advice',
    derision: 'Mockery',
  },
  nl: {
    'avoided-subject': 'Onderwerp om te vermijden',
    'reserved-subject': 'Onderwerp voor woordvoerders',
    'no-theme-fit': 'Past bij geen thema',
    'personal-case': 'Iemands persoonlijke zaak',
    'medical-advice': 'Medisch advies',
    derision: 'Spot',
  },
};

/** A rule's name: the built-in detectors by their (category's) name, a pack's own rule by its id in words. */
export function ruleName(rule: string, lang: UiLang): string {
  if (!rule) return lang === 'nl' ? 'Geen tip' : 'No nudge';
  if (BUILT_IN_RULES.has(rule)) return categoryName(rule, lang);
  const sibling = SIBLING_NAMES[lang][rule];
  if (sibling) return sibling;
  const words = rule.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function siteName(key: string): string {
  return SITE_LABELS[key] ?? key;
}

/** A pack's name for people: the built-in default pack has a name in each language. */
export function packName(pack: { id: string; name: string }, lang: UiLang): string {
  if (pack.id === 'default') return lang === 'nl' ? 'Standaardpakket: goede praktijk' : 'Default pack: good practice';
  return pack.name;
}

export function packLabel(pack: { id: string; name: string; version: string }, lang: UiLang): string {
  return `${packName(pack, lang)} (${lang === 'nl' ? 'versie' : 'version'} ${pack.version})`;
}

/** A pack named only by its id (history events): the default pack by its name, others as written. */
export function packIdName(id: string, lang: UiLang): string {
  return id === 'default' ? packName({ id, name: id }, lang) : id;
}
