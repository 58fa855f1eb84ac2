// Root causes first: a problem that follows from another is listed under it, once.
import { describe, expect, it } from 'vitest';
import { groupPackErrors } from './error-groups';
import { loadPack, validatePack } from '../../coach-engine';

const base = {
  format: 1,
  id: 'test',
  name: 'Test',
  version: '1',
  languages: ['nl'],
  guidelines: {
    principles: [
      { id: 'eerlijk', title: 'Eerlijk', text: 'Zeg hoe het is.' },
      { id: 'gesprek', title: 'Gesprek', text: 'Stel een vraag.' },
    ],
  },
};

const groupsOf = (pack: Record<string, unknown>) => {
  const result = validatePack(pack);
  if (result.ok) throw new Error('expected the pack to be refused');
  return groupPackErrors(result.errors, pack);
};
const paths = (groups: ReturnType<typeof groupPackErrors>) => groups.map((g) => [g.cause.path, g.consequences.map((c) => c.path)]);

describe('groupPackErrors', () => {
  it('puts every reference to a principle without an id under that principle', () => {
    const pack = {
      ...base,
      guidelines: { principles: [{ title: 'Eerlijk', text: 'Zeg hoe het is.' }, base.guidelines.principles[1]] },
      rules: { 'self-promotion': { principle: 'eerlijk' }, broadcasting: { principle: 'gesprek' } },
      custom: [{ id: 'jargon', kind: 'terms', terms: ['synergie'], message: 'Geen jargon.', principle: 'eerlijk' }],
    };
    expect(paths(groupsOf(pack))).toEqual([['guidelines.principles[0].id', ['rules.self-promotion.principle', 'custom[0].principle']]]);
  });

  it('matches a malformed id to the references that spell it, or nearly', () => {
    const pack = {
      ...base,
      guidelines: { principles: [{ id: 'Eerlijk Zijn', title: 'Eerlijk', text: 'Zeg hoe het is.' }, base.guidelines.principles[1]] },
      rules: { 'self-promotion': { principle: 'eerlijk-zijn' }, 'press-release': { principle: 'Eerlijk Zijn' } },
    };
    const groups = groupsOf(pack);
    expect(groups[0]!.cause.path).toBe('guidelines.principles[0].id');
    // The reference spelled like the broken id is malformed too; both go under the principle.
    expect(groups[0]!.consequences.map((c) => c.path).sort()).toEqual(['rules.press-release.principle', 'rules.self-promotion.principle']);
    expect(groups).toHaveLength(1);
  });

  it('puts tests that expect a custom rule with a broken id under that rule', () => {
    const pack = {
      ...base,
      custom: [{ id: 'Geen Jargon', kind: 'terms', terms: ['synergie'], message: 'Geen jargon.' }],
      tests: [
        { text: 'Synergie!', expect: ['geen-jargon'] },
        { text: 'Nog meer synergie!', expect: ['geen-jargon'] },
      ],
    };
    expect(paths(groupsOf(pack))).toEqual([['custom[0].id', ['tests[0].expect[0]', 'tests[1].expect[0]']]]);
  });

  it('puts every principle reference under a principles list that is not a list', () => {
    const pack = { ...base, guidelines: { principles: { id: 'eerlijk' } }, rules: { broadcasting: { principle: 'eerlijk' } } };
    expect(paths(groupsOf(pack))).toEqual([['guidelines.principles', ['rules.broadcasting.principle']]]);
  });

  it('leaves unrelated problems as causes of their own, after the ones that break others', () => {
    const pack = {
      ...base,
      languages: 'nl',
      guidelines: { principles: [{ title: 'Eerlijk', text: 'Zeg hoe het is.' }] },
      rules: { broadcasting: { principle: 'eerlijk' } },
    };
    expect(paths(groupsOf(pack))).toEqual([
      ['guidelines.principles[0].id', ['rules.broadcasting.principle']],
      ['languages', []],
    ]);
  });

  it('does not guess between two principles without an id', () => {
    const pack = {
      ...base,
      guidelines: { principles: [{ title: 'A', text: 'a' }, { title: 'B', text: 'b' }] },
      rules: { broadcasting: { principle: 'eerlijk' } },
    };
    const groups = groupsOf(pack);
    expect(groups.every((g) => g.consequences.length === 0)).toBe(true);
    expect(groups.map((g) => g.cause.path)).toContain('rules.broadcasting.principle');
  });

  it('puts the pack\'s tests that expect a custom rule under the rule\'s own failing example', () => {
    const pack = {
      ...base,
      custom: [{ id: 'jargon', kind: 'terms', lang: 'nl', terms: ['synergie'], message: 'Geen jargon.', examples: { fire: ['Wat een synergetisch plan.'] } }],
      tests: [
        { text: 'Een synergetisch plan.', lang: 'nl', expect: ['jargon'] },
        { text: 'Gewoon een zin.', lang: 'nl', expect: ['broadcasting'] },
      ],
    };
    const result = loadPack(pack);
    if (result.ok) throw new Error('expected failing tests');
    const groups = groupPackErrors(result.errors, pack, result.testFailures);
    expect(paths(groups)).toEqual([
      ['custom[0].examples.fire[0]', ['tests[0]']],
      ['tests[1]', []],
    ]);
  });

  it('lists every error exactly once', () => {
    const pack = {
      ...base,
      guidelines: { principles: [{ title: 'Eerlijk', text: 'x' }] },
      rules: { broadcasting: { principle: 'eerlijk' }, nonsense: 'off' },
      custom: [{ kind: 'terms', terms: ['x'], message: 'm' }],
      tests: [{ text: 't', expect: ['jargon'] }],
    };
    const result = validatePack(pack);
    if (result.ok) throw new Error('expected errors');
    const groups = groupPackErrors(result.errors, pack);
    const all = groups.flatMap((g) => [g.cause, ...g.consequences]);
    expect(all).toHaveLength(result.errors.length);
    expect(new Set(all).size).toBe(result.errors.length);
  });
});
