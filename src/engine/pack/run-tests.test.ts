import { describe, expect, it } from 'vitest';
import type { Rule } from '../rule';
import { compilePack } from './compile';
import { runPackTests } from './run-tests';
import type { Pack } from './types';

// A stand-in detector, so these tests do not depend on how the real detectors score.
const fake = (id: string, category: Rule['category'], word: string): Rule => ({
  id,
  category,
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: id,
  why: { nl: 'waarom', en: 'why' },
  detect: (ctx) => {
    const at = ctx.text.toLowerCase().indexOf(word);
    return at < 0 ? [] : [{ spans: [{ start: at, end: at + word.length }], message: 'hit' }];
  },
  examples: { fire: [], pass: [] },
});
const RULES = [fake('broadcasting', 'broadcasting', 'announce'), fake('on-behalf', 'on-behalf', 'we at')];

const base: Pack = { format: 1, id: 't', name: 'T', version: '1', languages: ['en'] };
const run = (pack: Pack) => runPackTests(pack, compilePack(pack, RULES));

describe('runPackTests', () => {
  it('passes when every expected rule or category fires, and counts passes', () => {
    const pack: Pack = {
      ...base,
      custom: [{ id: 'hype', kind: 'terms', terms: ['game changer'], severity: 'info', message: 'Hype' }],
      tests: [
        { text: 'We announce a game changer', expect: ['broadcasting', 'hype'] },
        { text: 'We announce it', expect: ['broadcasting'] },
        { text: 'We at Acme think so', expect: ['off-strategy'] },
      ],
    };
    expect(run(pack)).toEqual({ passed: 3, failures: [] });
  });

  it('reports what was expected and what fired instead', () => {
    const pack: Pack = { ...base, tests: [{ text: 'Hello there', expect: ['broadcasting'] }, { text: 'We announce it', expect: [] }] };
    expect(run(pack)).toEqual({
      passed: 0,
      failures: [
        { index: 0, text: 'Hello there', expected: ['broadcasting'], got: [], path: 'tests[0]' },
        { index: 1, text: 'We announce it', expected: [], got: ['broadcasting'], path: 'tests[1]' },
      ],
    });
  });

  it('lets info tips through an empty expect, but not nudges', () => {
    const pack: Pack = {
      ...base,
      custom: [
        { id: 'tip', kind: 'terms', terms: ['stakeholders'], severity: 'info', message: 'Tip' },
        { id: 'nag', kind: 'terms', terms: ['leverage'], severity: 'nudge', message: 'Nag' },
      ],
      tests: [
        { text: 'Dear stakeholders', expect: [] },
        { text: 'We leverage it', expect: [] },
      ],
    };
    expect(run(pack).failures.map((f) => [f.path, f.got])).toEqual([['tests[1]', ['nag']]]);
  });

  it('passes role, reply and language of a test on to the analysis', () => {
    const onlyNl: Pack = {
      ...base,
      languages: ['nl', 'en'],
      custom: [{ id: 'nl-only', kind: 'terms', lang: 'nl', terms: ['hallo'], message: 'm' }],
      tests: [{ text: 'hallo hallo hallo', lang: 'nl', expect: ['nl-only'] }, { text: 'hallo hallo hallo', lang: 'en', expect: [] }],
    };
    expect(run(onlyNl)).toEqual({ passed: 2, failures: [] });
  });

  it("checks each custom rule's own fire and pass examples in the rule's language", () => {
    const pack: Pack = {
      ...base,
      custom: [
        {
          id: 'jargon',
          kind: 'terms',
          lang: 'nl',
          terms: ['integrale aanpak'],
          message: 'Jargon',
          examples: { fire: ['Wij kiezen voor een integrale aanpak.', 'Helemaal niets hier'], pass: ['Integraal. Aanpak volgt later.', 'Een integrale aanpak'] },
        },
      ],
    };
    const result = run(pack);
    expect(result.passed).toBe(2);
    expect(result.failures).toEqual([
      { index: 1, text: 'Helemaal niets hier', expected: ['jargon'], got: [], path: 'custom[0].examples.fire[1]', rule: 'jargon' },
      { index: 1, text: 'Een integrale aanpak', expected: [], got: ['jargon'], path: 'custom[0].examples.pass[1]', rule: 'jargon' },
    ]);
  });

  it('passes trivially for a pack without tests', () => {
    expect(run(base)).toEqual({ passed: 0, failures: [] });
  });
});
