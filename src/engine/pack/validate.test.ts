import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack, type PackError } from '../../coach-engine';

const minimal = { format: 1, id: 'demo', name: 'Demo', version: '1.0.0', languages: ['nl', 'en'] };

function errorsOf(json: unknown, lang?: 'nl' | 'en'): PackError[] {
  const result = validatePack(json, { lang });
  return result.ok ? [] : result.errors;
}

function messageAt(json: unknown, path: string): string | undefined {
  return errorsOf(json).find((e) => e.path === path)?.message;
}

describe('validatePack', () => {
  it('accepts the minimal core pack and a full one', () => {
    expect(validatePack(minimal)).toEqual({ ok: true, pack: minimal });
    const full = {
      ...minimal,
      $schema: '../schema/pack.schema.json',
      organisation: { name: 'Gemeente Demo', aliases: ['de gemeente'], handles: ['@demo'] },
      guidelines: { why: { nl: 'Waarom', en: 'Why' }, principles: [{ id: 'dialogue', title: 'Gesprek', text: { nl: 'Vraag iets.' } }], do: ['Vraag'], dont: [{ en: 'Sell' }], spokespeople: 'Pers', contact: 'pers@demo.nl' },
      strategy: {
        goals: [{ id: 'service', title: 'Service' }],
        themes: [{ id: 'wonen', title: 'Wonen', keywords: { nl: ['huur'], en: ['housing'] }, examples: [{ lang: 'nl', text: 'Huur omlaag' }] }],
        avoid: [{ id: 'politiek', title: 'Politiek', keywords: { nl: ['partij'] } }],
        reserved: [{ id: 'rechtszaken', title: 'Rechtszaken' }],
      },
      pressReleases: [{ id: 'pr-1', title: 'Nieuws', date: '2026-03-03', lang: 'nl', text: 'Tekst' }, { id: 'pr-2', fingerprint: 'pcfp1.4.4:abc.1z' }],
      rules: { broadcasting: { severity: 'warning', principle: 'dialogue' }, confidential: 'off' },
      custom: [
        { id: 'jargon', kind: 'terms', lang: 'nl', terms: ['synergie'], severity: 'info', message: 'Jargon', examples: { fire: ['Synergie!'], pass: ['Samen'] } },
        { id: 'phone', kind: 'pattern', pattern: '\\d{4}-\\d{4}', ignoreCase: false, category: 'confidential', message: { nl: 'Nummer', en: 'Number' } },
      ],
      tests: [{ text: 'Hoi', lang: 'nl', site: 'x', reply: true, role: 'spokesperson', expect: ['jargon', 'broadcasting', 'off-strategy'] }],
      intensity: 'gentle',
      history: { privacy: 'none', retentionDays: 30, maxEvents: 100 },
      promotionNorm: 0.1,
    };
    expect(errorsOf(full)).toEqual([]);
  });

  it('reports every missing required field, each at its own path', () => {
    expect(errorsOf({}).map((e) => e.path).sort()).toEqual(['format', 'id', 'languages', 'name', 'version']);
  });

  it.each([
    [null, '(root)', 'must be a JSON object'],
    [[minimal], '(root)', 'must be a JSON object'],
    [{ ...minimal, format: 2 }, 'format', 'must be 1'],
    [{ ...minimal, id: 'Gemeente Demo' }, 'id', '"Gemeente Demo" may only contain lower-case letters, digits and dashes'],
    [{ ...minimal, name: '  ' }, 'name', 'must not be empty'],
    [{ ...minimal, version: 3 }, 'version', 'must be text'],
    [{ ...minimal, languages: [] }, 'languages', 'at least one language'],
    [{ ...minimal, languages: ['nl', 'de'] }, 'languages[1]', 'must be one of nl, en, not "de"'],
    [{ ...minimal, languages: ['nl', 'nl'] }, 'languages[1]', '"nl" is used twice'],
    [{ ...minimal, stratgey: {} }, 'stratgey', 'did you mean "strategy"'],
    [{ ...minimal, strategy: { themes: [{ id: 'a', title: 'A' }, { id: 'Wonen', title: 'W' }] } }, 'strategy.themes[1].id', '"Wonen" may only contain'],
    [{ ...minimal, strategy: { themes: [{ id: 'a', title: 'A', keywords: { nl: 'huur' } }] } }, 'strategy.themes[0].keywords.nl', 'must be a list'],
    [{ ...minimal, strategy: { themes: [{ id: 'a', title: 'A', keywords: { NL: ['huur'] } }] } }, 'strategy.themes[0].keywords.NL', 'not a language code'],
    [{ ...minimal, strategy: { themes: [{ id: 'a', title: 7 }] } }, 'strategy.themes[0].title', 'a string, or one string per language'],
    [{ ...minimal, strategy: { themes: [{ id: 'a', title: {} }] } }, 'strategy.themes[0].title', 'at least one language'],
    [{ ...minimal, strategy: { themes: [{ id: 'a', title: 'A' }], avoid: [{ id: 'a', title: 'B' }] } }, 'strategy.avoid[0].id', 'already appears at strategy.themes[0]'],
    [{ ...minimal, guidelines: { principles: [{ id: 'p', title: 'P', text: 'T' }, { id: 'p', title: 'Q', text: 'U' }] } }, 'guidelines.principles[1].id', 'used twice'],
    [{ ...minimal, rules: { broadcasting: { severity: 'high' } } }, 'rules.broadcasting.severity', 'must be one of info, nudge, warning, not "high"'],
    [{ ...minimal, rules: { selfpromotion: 'off' } }, 'rules.selfpromotion', 'did you mean "self-promotion"'],
    [{ ...minimal, rules: { confidential: 'on' } }, 'rules.confidential', 'must be "off" or an object'],
    [{ ...minimal, rules: { broadcasting: { principle: 'dialog' } } }, 'rules.broadcasting.principle', '"dialog" is not the id of a principle'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'regex', message: 'm' }] }, 'custom[0].kind', 'must be one of terms, pattern, not "regex"'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'terms', message: 'm' }] }, 'custom[0].terms', 'needs "terms"'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'terms', terms: [], message: 'm' }] }, 'custom[0].terms', 'at least one word'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'terms', terms: ['!!'], message: 'm' }] }, 'custom[0].terms[0]', 'contains no words'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'pattern', message: 'm' }] }, 'custom[0].pattern', 'needs "pattern"'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'pattern', pattern: '(?<=€)\\d+', message: 'm' }] }, 'custom[0].pattern', 'look-behind'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'pattern', pattern: '(a)\\1', message: 'm' }] }, 'custom[0].pattern', 'back-reference'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'pattern', pattern: '[abc', message: 'm' }] }, 'custom[0].pattern', 'missing closing ]'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'pattern', pattern: 'a', terms: ['a'], message: 'm' }] }, 'custom[0].terms', 'only for rules of kind "terms"'],
    [{ ...minimal, custom: [{ id: 'x', kind: 'terms', terms: ['a'] }] }, 'custom[0].message', 'required'],
    [{ ...minimal, custom: [{ id: 'broadcasting', kind: 'terms', terms: ['a'], message: 'm' }] }, 'custom[0].id', 'built-in rule or category'],
    [{ ...minimal, custom: [{ id: 'a', kind: 'terms', terms: ['a'], message: 'm' }, { id: 'a', kind: 'terms', terms: ['b'], message: 'm' }] }, 'custom[1].id', 'used twice'],
    [{ ...minimal, pressReleases: [{ id: 'pr', title: 'T' }] }, 'pressReleases[0]', 'needs a "text"'],
    [{ ...minimal, pressReleases: [{ id: 'pr', text: 'T', date: '3 maart 2026' }] }, 'pressReleases[0].date', 'YYYY-MM-DD'],
    [{ ...minimal, tests: [{ text: 'Hoi' }] }, 'tests[0].expect', 'required'],
    [{ ...minimal, tests: [{ text: 'Hoi', expect: ['dialoog'] }] }, 'tests[0].expect[0]', '"dialoog" is not a built-in rule'],
    [{ ...minimal, tests: [{ text: 'Hoi', expect: [], role: 'boss' }] }, 'tests[0].role', 'employee, spokesperson'],
    [{ ...minimal, promotionNorm: 2 }, 'promotionNorm', 'from 0 to 1'],
    [{ ...minimal, history: { retentionDays: -1 } }, 'history.retentionDays', 'at least 0'],
  ])('%j → %s', (json, path, words) => {
    expect(messageAt(json, path)).toContain(words);
  });

  it('collects every error of a pack at once, not just the first', () => {
    const errors = errorsOf({ ...minimal, id: 'X', languages: ['fr'], rules: { broadcasting: { severity: 'loud' } }, custom: [{ id: 'c', kind: 'pattern', pattern: '(?=x)', message: 'm' }] });
    expect(errors.map((e) => e.path)).toEqual(['id', 'languages[0]', 'rules.broadcasting.severity', 'custom[0].pattern']);
  });

  it('speaks Dutch when asked, with the same paths', () => {
    const json = { ...minimal, rules: { broadcasting: { severity: 'hoog' } } };
    expect(errorsOf(json, 'nl')).toEqual([{ path: 'rules.broadcasting.severity', message: 'moet een van info, nudge, warning zijn, niet "hoog"' }]);
  });

  it('accepts notes in fields starting with "$" anywhere', () => {
    expect(errorsOf({ ...minimal, $comment: 'x', strategy: { $comment: 'y', themes: [] } })).toEqual([]);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ ...Object.fromEntries(Object.keys(minimal).map((k) => [k, fc.jsonValue()])), custom: fc.jsonValue(), tests: fc.jsonValue(), rules: fc.jsonValue(), strategy: fc.jsonValue() })), (json) => {
        const result = validatePack(json);
        return result.ok || result.errors.every((e) => e.path.length > 0 && e.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
