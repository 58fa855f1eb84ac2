// Light suffix stemmers for Dutch and English. They only need to make inflections of the
// same word meet (woning/woningen, housing/houses), not to produce dictionary roots, and
// they run per token on the keystroke path, so they stay small and allocation-free.
import type { Lang } from '../types';

const NL_SUFFIXES = ['heden', 'ingen', 'lijke', 'lijk', 'ende', 'eren', 'ing', 'tjes', 'jes', 'ers', 'en', 'er', 'es', 'je', 'te', 'de', 's', 'e', 't'];
const EN_SUFFIXES = ['ational', 'ations', 'ation', 'ments', 'ment', 'ness', 'ings', 'ing', 'ies', 'ied', 'ers', 'est', 'ed', 'er', 'es', 'ly', 's'];

function undouble(stem: string): string {
  const n = stem.length;
  if (n > 3 && stem[n - 1] === stem[n - 2] && !'aeiou'.includes(stem[n - 1]!)) return stem.slice(0, n - 1);
  return stem;
}

function stripDiacritics(word: string): string {
  // Dutch trema and accents (ideeën, één) should not split a word family.
  return /[\u00C0-\u024F]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

export function stem(word: string, lang: Lang | 'other'): string {
  let w = stripDiacritics(word.toLowerCase());
  if (w.length <= 3) return w;
  const suffixes = lang === 'nl' ? NL_SUFFIXES : EN_SUFFIXES;
  for (const suffix of suffixes) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, w.length - suffix.length);
      if (suffix === 'ies' || suffix === 'ied') w += 'y';
      break;
    }
  }
  if (lang === 'nl') {
    // woningen → woning → won? No: only one suffix is stripped; then undouble (bommen → bom).
    w = undouble(w);
    if (w.endsWith('v')) w = w.slice(0, -1) + 'f';
    if (w.endsWith('z')) w = w.slice(0, -1) + 's';
  } else {
    w = undouble(w);
    if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  }
  return w;
}
