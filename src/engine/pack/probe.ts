// Load-time measurement of a compiled pack: how many counted steps (see work.ts) one analysis
// of a 280-character post takes. The posts are ordinary Dutch and English posts, a post made of
// the pack's own words (so its lists and patterns find something to match) and a post of
// punctuation runs. Steps, not milliseconds: the verdict does not depend on the machine or on
// what else it is doing.
import { analyse } from '../analyse';
import { tokenize } from '../text';
import { measureWork } from '../work';
import type { CompiledPack } from './compile';
import type { Pack } from './types';

export const PROBE_LENGTH = 280;

const NL =
  'Vandaag opende de gemeente het nieuwe zwembad in de wijk. Trots op het team dat dit mogelijk maakte! ' +
  'Wat vind jij van de nieuwe openingstijden? Laat het weten in de reacties, dan nemen we het mee. ' +
  'Meer info: www.voorbeeld.nl/zwembad #sport 🏊‍♀️ Namens het bestuur, dank aan iedereen die meedacht.';
const EN =
  'Today we opened the new community pool, and I am proud of the team that made it happen! ' +
  'What do you think of the opening hours? Tell us in the comments and we will take it on board. ' +
  'More at www.example.com/pool #sport 🏊 On behalf of the board, thanks to everyone who helped.';
const PUNCTUATION = 'Nee... echt?! Wat—nu? ' + '-.'.repeat(20) + ' 👨‍👩‍👧‍👦'.repeat(10) + ' a-b-c-d.e.f.g "quote" (x) ' + '?! '.repeat(20);

const cut = (text: string) => {
  const chars = Array.from(text);
  return chars.slice(0, PROBE_LENGTH).join('');
};

/** The pack's own words and names, joined into one post. */
function vocabulary(pack: Pack): string {
  const words: string[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) for (const s of v) if (typeof s === 'string') words.push(s);
  };
  if (pack.organisation?.name) words.push(pack.organisation.name);
  add(pack.organisation?.aliases);
  add(pack.organisation?.handles);
  add(pack.confidential?.terms);
  for (const rule of pack.custom ?? []) add(rule.terms);
  for (const theme of [...(pack.strategy?.themes ?? []), ...(pack.strategy?.avoid ?? []), ...(pack.strategy?.reserved ?? [])]) {
    for (const list of Object.values(theme.keywords ?? {})) add(list);
  }
  for (const rule of pack.custom ?? []) add(rule.examples?.fire);
  return words.join(' ');
}

export interface ProbeResult {
  /** Steps of the costliest probe post. */
  steps: number;
  /** The custom rule that took most of them, when one did. */
  culprit?: number;
}

export function probePack(compiled: CompiledPack): ProbeResult {
  let worst = { steps: 0, text: '', lang: undefined as 'nl' | 'en' | undefined };
  const posts = [cut(NL), cut(EN), cut(PUNCTUATION), cut(vocabulary(compiled.pack))];
  for (const text of posts) {
    for (const lang of [undefined, 'nl', 'en'] as const) {
      // A fresh cache: the probe must neither profit from nor fill the one analysis uses.
      const { steps } = measureWork(() => analyse({ text, lang, intensity: 'thorough' }, { ...compiled, cache: new Map() }));
      if (steps > worst.steps) worst = { steps, text, lang };
    }
  }
  const report = analyse({ text: worst.text, lang: worst.lang }, { ...compiled, cache: new Map() });
  const tokens = tokenize(worst.text, report.language);
  // Name the costliest custom rule when the custom rules take most of the work.
  const costs = compiled.custom.map((rule) => measureWork(() => rule.find(worst.text, tokens, report.language)).steps);
  const total = costs.reduce((a, b) => a + b, 0);
  const costliest = costs.indexOf(Math.max(...costs));
  return { steps: worst.steps, culprit: total * 2 > worst.steps && costliest >= 0 ? costliest : undefined };
}
