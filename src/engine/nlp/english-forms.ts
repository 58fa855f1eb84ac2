// Pack-authoring aid, run by the CLI only (never on the keystroke path: compromise needs about
// 1.8 ms per parse, close to the engine's whole budget per post). The engine's light stemmer
// joins regular inflections (home/homes, share/sharing) but not irregular ones (child/children,
// buy/bought); compromise knows those, so `pack validate` can tell authors which forms to add.
import nlp from 'compromise';
import { tokenize } from '../text';

/** Plural and verb forms compromise knows for an English word or phrase. */
export function englishForms(keyword: string): string[] {
  const doc = nlp(keyword);
  const forms = new Set<string>();
  const plural = doc.nouns().toPlural().text();
  if (plural) forms.add(plural.toLowerCase());
  // A keyword that reads as a noun ("wind", "charge") is not conjugated: "wound" is no form of it.
  if (!doc.has('#Noun')) {
    for (const conjugation of nlp(keyword).verbs().conjugate() as Record<string, string>[]) {
      for (const [tense, form] of Object.entries(conjugation)) if (tense !== 'FutureTense' && form) forms.add(form.toLowerCase());
    }
  }
  forms.delete(keyword.toLowerCase());
  // Only whole-keyword forms: "washing machine" → "washing machines", never just "wash".
  const words = keyword.trim().split(/\s+/).length;
  return [...forms].filter((form) => form.split(/\s+/).length === words);
}

const stems = (s: string) => tokenize(s, 'en').map((t) => t.stem).join(' ');

/** Forms of an English keyword that the engine's stemmer will not match by the keyword alone. */
export function formsTheStemmerMisses(keyword: string, alsoListed: readonly string[] = []): string[] {
  const covered = new Set([keyword, ...alsoListed].map(stems));
  return englishForms(keyword).filter((form) => !covered.has(stems(form)));
}
