// Number, percentage and date formatting in the page's language.
import type { UiLang } from '../i18n/index';

const locale = (lang: UiLang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export function formatCount(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

export function formatPct(share: number, lang: UiLang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatTime(time: number, lang: UiLang): string {
  return new Date(time).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(time: number, lang: UiLang): string {
  return new Date(time).toLocaleDateString(locale(lang), { dateStyle: 'medium' });
}

/** "one in ten" style norms read better as a fraction: 0.1 → "1 in 10" / "1 op 10". */
export function formatNorm(norm: number, lang: UiLang): string {
  const inverse = norm > 0 ? 1 / norm : 0;
  if (inverse >= 2 && Math.abs(inverse - Math.round(inverse)) < 1e-9) return lang === 'nl' ? `1 op ${Math.round(inverse)}` : `1 in ${Math.round(inverse)}`;
  return formatPct(norm, lang);
}
