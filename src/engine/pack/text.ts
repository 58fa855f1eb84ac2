// Pack texts are a plain string or one string per language.
import type { PackText } from './types';

/** The text in `lang`, else the first entry (PACK-FORMAT: "the first entry is used"). */
export function pickText(text: PackText | undefined, lang: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const own = text[lang];
  if (typeof own === 'string') return own;
  for (const value of Object.values(text)) if (typeof value === 'string') return value;
  return '';
}
