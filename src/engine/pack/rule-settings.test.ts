// Off-strategy is a family of sibling rules. A pack's `rules["off-strategy"]` keeps setting all
// of them (packs written before the split keep working); a setting under a sibling's own id tunes
// that one and wins.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { compilePack } from '../../coach-engine';
import { runPackTests } from '../../coach-engine';
import { validatePack } from '../../coach-engine';
import type { Pack } from './types';

const base: Pack = {
  format: 1,
  id: 'test',
  name: 'Test',
  version: '1',
  languages: ['nl', 'en'],
  strategy: {
    themes: [{ id: 'wonen', title: 'Wonen', keywords: { nl: ['woning', 'huur'] } }],
    avoid: [{ id: 'politiek', title: 'Politiek', keywords: { nl: ['verkiezingen'], en: ['election'] } }],
  },
};
const POLITICS = 'Stem bij de verkiezingen vooral niet op die oppositiepartij.';
const PERSONAL = 'Meneer Bakker, uw uitkering is stopgezet omdat het formulier te laat was.';

function findings(rules: Pack['rules'], text: string, reply = false) {
  const pack = { ...base, ...(rules ? { rules } : {}) };
  expect(validatePack(pack).ok).toBe(true);
  return analyse({ text, lang: 'nl', reply, intensity: 'thorough' }, compilePack(pack)).findings.map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, message: f.message }));
}

describe('off-strategy sibling settings', () => {
  it('by default, each sibling nudges or warns with its own id and the off-strategy category', () => {
    expect(findings(undefined, POLITICS)).toEqual([expect.objectContaining({ rule: 'avoided-subject', category: 'off-strategy', severity: 'nudge' })]);
    expect(findings(undefined, PERSONAL, true)).toEqual([expect.objectContaining({ rule: 'personal-case', category: 'off-strategy', severity: 'warning' })]);
  });

  it('"off-strategy": "off" switches every sibling off', () => {
    expect(findings({ 'off-strategy': 'off' }, POLITICS)).toEqual([]);
    expect(findings({ 'off-strategy': 'off' }, PERSONAL, true)).toEqual([]);
  });

  it('a severity or message under "off-strategy" applies to every sibling', () => {
    const rules: Pack['rules'] = { 'off-strategy': { severity: 'info', message: { nl: 'Past niet bij onze strategie.', en: 'Off strategy.' } } };
    expect(findings(rules, POLITICS)).toEqual([expect.objectContaining({ rule: 'avoided-subject', severity: 'info', message: 'Past niet bij onze strategie.' })]);
    expect(findings(rules, PERSONAL, true)).toEqual([expect.objectContaining({ rule: 'personal-case', severity: 'info', message: 'Past niet bij onze strategie.' })]);
  });

  it('a sibling\'s own setting tunes only that sibling and wins over the category', () => {
    expect(findings({ 'avoided-subject': 'off' }, POLITICS)).toEqual([]);
    expect(findings({ 'avoided-subject': 'off' }, PERSONAL, true).map((f) => f.rule)).toEqual(['personal-case']);
    const rules: Pack['rules'] = { 'off-strategy': { severity: 'info' }, 'personal-case': { severity: 'warning' } };
    expect(findings(rules, PERSONAL, true)).toEqual([expect.objectContaining({ rule: 'personal-case', severity: 'warning' })]);
    expect(findings(rules, POLITICS)).toEqual([expect.objectContaining({ rule: 'avoided-subject', severity: 'info' })]);
  });

  it('settings under a sibling\'s id switch it back on when the category is off', () => {
    const rules: Pack['rules'] = { 'off-strategy': 'off', 'personal-case': {} };
    expect(findings(rules, POLITICS)).toEqual([]);
    expect(findings(rules, PERSONAL, true).map((f) => f.rule)).toEqual(['personal-case']);
  });
});

describe('sibling ids in the pack format', () => {
  it('are known to the validator, with a hint for a near miss', () => {
    const result = validatePack({ ...base, rules: { 'no-theme-fits': 'off' } }, { lang: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'rules.no-theme-fits', message: expect.stringContaining('did you mean "no-theme-fit"') });
  });

  it('cannot be taken by a custom rule', () => {
    const custom = [{ id: 'derision', kind: 'terms', terms: ['haha'], message: 'x' }];
    const result = validatePack({ ...base, custom });
    expect(result.ok).toBe(false);
  });

  it('may be expected by a pack test, and the category still matches any sibling', () => {
    const pack: Pack = {
      ...base,
      tests: [
        { text: POLITICS, lang: 'nl', expect: ['avoided-subject'] },
        { text: POLITICS, lang: 'nl', expect: ['off-strategy'] },
        { text: PERSONAL, lang: 'nl', reply: true, expect: ['personal-case', 'off-strategy'] },
      ],
    };
    expect(validatePack(pack).ok).toBe(true);
    expect(runPackTests(pack)).toEqual({ passed: 3, failures: [] });
    const wrong = { ...pack, tests: [{ text: POLITICS, lang: 'nl' as const, expect: ['personal-case'] }] };
    expect(runPackTests(wrong).failures).toHaveLength(1);
  });
});
