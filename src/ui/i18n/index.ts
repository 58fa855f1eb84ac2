// UI language: Dutch and English are first-class. Each surface keeps its own catalog
// (src/ui/i18n/<surface>.ts) and builds its translator with makeT.
import type { Lang } from '../../engine/types';

export type UiLang = Lang;

export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): UiLang {
  for (const tag of languages) {
    const base = tag.toLowerCase().slice(0, 2);
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function resolveUiLang(setting: 'auto' | Lang | undefined): UiLang {
  return setting === 'nl' || setting === 'en' ? setting : browserLang();
}

export type Catalog<K extends string> = Record<UiLang, Record<K, string>>;
export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` placeholders are filled from vars. */
export function makeT<K extends string>(catalog: Catalog<K>, lang: UiLang): Translate<K> {
  return (key, vars) => {
    const template = catalog[lang][key] ?? catalog.en[key] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}
