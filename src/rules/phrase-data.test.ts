// Walks every phrase list kept as data in a rule folder (src/rules/<rule>/<lang>.ts): each entry
// must match the example written beside it, so a list entry cannot silently stop doing its job.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon, lowerKeepLength } from '../engine/nlp/phrases';

const DIR = path.resolve('src/rules');
const LANGS = ['nl', 'en'];
const folders = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const dataFiles = folders.flatMap((f) => LANGS.filter((l) => existsSync(path.join(DIR, f, `${l}.ts`))).map((l) => ({ folder: f, lang: l })));

interface Entry {
  phrase?: string;
  re?: RegExp;
  example: string;
}
const isEntryList = (v: unknown): v is Entry[] =>
  Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'object' && e !== null && typeof (e as Entry).example === 'string' && ('phrase' in e || 're' in e));

function matches(entry: Entry): boolean {
  if (entry.re) return new RegExp(entry.re.source, entry.re.flags.replace('g', '')).test(entry.example);
  const re = lexicon([entry.phrase!]);
  re.lastIndex = 0;
  return re.test(lowerKeepLength(entry.example));
}

describe('phrase data in rule folders', () => {
  it('exists for the off-strategy siblings, in both languages', () => {
    for (const folder of ['personal-case', 'medical-advice', 'no-theme-fit', 'reserved-subject', 'derision']) {
      expect(LANGS.map((l) => existsSync(path.join(DIR, folder, `${l}.ts`))), folder).toEqual([true, true]);
    }
  });

  for (const { folder, lang } of dataFiles) {
    it(`${folder}/${lang}.ts: every entry matches its own example`, async () => {
      const mod = (await import(path.join(DIR, folder, `${lang}.ts`))) as Record<string, unknown>;
      const lists = Object.entries(mod).filter(([, v]) => isEntryList(v)) as [string, Entry[]][];
      expect(lists.length, 'lists of entries').toBeGreaterThan(0);
      const failing = lists.flatMap(([name, list]) => list.filter((e) => !matches(e)).map((e) => `${name}: ${e.phrase ?? e.re} ✗ ${e.example}`));
      expect(failing).toEqual([]);
    });
  }
});
