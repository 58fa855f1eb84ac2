// "No pack can hang a page": a pack is data from an organisation or a URL, and it runs on every
// keystroke of every employee. Limits at validation (with the JSON path), one phrase trie for
// every word list, and a probe in counted steps at load; a refreshed URL pack that fails any of
// them leaves the pack in force. Work is counted (work.ts), never timed.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REFRESH_ALARM, refreshUrlPack } from '../../src/background/pack-refresh';
import { analyse, compilePack, type Pack } from '../../src/coach-engine';
import { POST_STEPS, PROBE_STEPS } from '../../src/engine/pack/budget';
import { loadPack } from '../../src/coach-engine';
import { validatePack } from '../../src/coach-engine';
import { measureWork } from '../../src/engine/work';
import { getPackStatus } from '../../src/settings/pack-status';
import { ACTIVE_PACK_KEY, getActivePack } from '../../src/settings/store';

const base = { format: 1, id: 'org', name: 'Org', version: '1', languages: ['nl', 'en'] } as const;
const aliases = (n: number) => Array.from({ length: n }, (_, i) => `Alias ${i} Holding`);
const POST_93 = 'Namens Alias 19999 Holding: wij veroordelen dit besluit. Alias 5 Holding vandaag opende iets.';

/** Steps of one analysis of `text` (in Dutch) on a fresh cache, once the pack's lists are prepared. */
const steps = (pack: unknown, text: string) => {
  const compiled = compilePack(pack as Pack);
  analyse({ text: 'voorbereiding', lang: 'nl' }, compiled);
  return measureWork(() => analyse({ text, lang: 'nl' }, { ...compiled, cache: new Map() })).steps;
};

/** Three patterns that each stay within the limits, but together cost too much per post. */
const COSTLY = ['(?:\\pL{1,14}\\s?){1,30}', '(?:[\\pL\\pN]{1,14}\\s?){1,30}', '(?:\\pL{1,14}[ ,.]?){1,30}'];
const costlyPack = { ...base, custom: COSTLY.map((pattern, i) => ({ id: `p${i}`, kind: 'pattern', pattern, message: 'm' })) };

describe('limits at validation, with the path', () => {
  it('refuses 20,000 organisation aliases, in English and Dutch', () => {
    const pack = { ...base, organisation: { name: 'Org', aliases: aliases(20_000) } };
    for (const [lang, words] of [['en', /20000 entries, more than the limit of 100/], ['nl', /20000 items, meer dan de grens van 100/]] as const) {
      const result = validatePack(pack, { lang });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toContainEqual({ path: 'organisation.aliases', message: expect.stringMatching(words) });
    }
  });

  it('refuses counted repetition and patterns whose RE2 program is too large', () => {
    const pack = {
      ...base,
      custom: [
        { id: 'big-count', kind: 'pattern', pattern: '(?:ab){0,999}', message: 'm' },
        { id: 'nested', kind: 'pattern', pattern: '(?:\\pL{1,30}\\s?){1,30}', message: 'm' },
        { id: 'in-class', kind: 'pattern', pattern: '[{]{1000}', message: 'm' },
        { id: 'fine', kind: 'pattern', pattern: '\\b(?:kunt u|wilt u|[a-z]{2,30}baar)\\b', message: 'm' },
      ],
    };
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path: 'custom[0].pattern', message: expect.stringMatching(/up to 999 times.*at most 100/) });
    expect(result.errors).toContainEqual({ path: 'custom[1].pattern', message: expect.stringMatching(/\d+ instructions, more than the limit of 1000/) });
    expect(result.errors).toContainEqual({ path: 'custom[2].pattern', message: expect.stringMatching(/up to 1000 times/) });
    expect(result.errors.map((e) => e.path)).not.toContain('custom[3].pattern');
  });

  it('refuses long phrases, long lists, many releases and tests, each at its path', () => {
    const pack = {
      ...base,
      confidential: { terms: ['een twee drie vier vijf zes zeven acht negen tien'] },
      custom: [{ id: 'many', kind: 'terms', terms: Array.from({ length: 1_001 }, (_, i) => `woord${i}`), message: 'm' }],
      strategy: { themes: [{ id: 't', title: 'T', keywords: { nl: ['x'.repeat(201)] } }] },
      pressReleases: Array.from({ length: 101 }, (_, i) => ({ id: `r${i}`, text: 'Tekst.' })),
      tests: Array.from({ length: 301 }, () => ({ text: 'Hallo', expect: [] })),
    };
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    for (const path of ['confidential.terms[0]', 'custom[0].terms', 'strategy.themes[0].keywords.nl[0]', 'pressReleases', 'tests']) expect(paths).toContain(path);
  });

  it('keeps every shipped pack well inside the budget', async () => {
    const { shippedPacks } = await import('../helpers/shipped-packs');
    for (const { name, pack } of shippedPacks()) expect(loadPack(pack, { tests: false }).ok, name).toBe(true);
  });
});

describe('one linear matcher for aliases and terms', () => {
  it('20,000 aliases cost no more per post than 2, and still match', () => {
    const many = { ...base, organisation: { name: 'Org', aliases: aliases(20_000) } };
    const few = { ...base, organisation: { name: 'Org', aliases: ['Alias 19999 Holding', 'Alias 5 Holding'] } };
    expect(steps(many, POST_93)).toBeLessThanOrEqual(1.2 * steps(few, POST_93));
    const report = analyse({ text: POST_93 }, compilePack(many as unknown as Pack));
    expect(report.findings.map((f) => f.rule)).toContain('on-behalf');
  });

  it('terms rules and confidential code names cost the same with 1,000 entries as with 1', () => {
    const post = 'We werken aan Project Zwaluw en de integrale aanpak van synergie. '.repeat(4);
    const list = (n: number) => ['Project Zwaluw', ...Array.from({ length: n - 1 }, (_, i) => `project zwaluw ${i} extra`)];
    const pack = (n: number) => ({ ...base, confidential: { terms: list(n) }, custom: [{ id: 't', kind: 'terms', terms: list(n), message: 'm' }] });
    expect(steps(pack(1_000), post)).toBeLessThanOrEqual(1.2 * steps(pack(1), post));
    expect(analyse({ text: post }, compilePack(pack(1_000) as unknown as Pack)).findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['confidential', 't']));
  });
});

describe('the probe at load', () => {
  it('refuses a pack that validates but costs too many steps per post, with a path, the same way every time', () => {
    expect(validatePack(costlyPack).ok).toBe(true);
    const first = loadPack(costlyPack);
    const second = loadPack(costlyPack);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.errors[0]).toEqual({ path: expect.stringMatching(/^(\(root\)|custom\[\d\])$/), message: expect.stringMatching(new RegExp(`takes \\d+ steps, more than the budget of ${PROBE_STEPS}`)) });
    expect(second).toEqual(first);
  });
});

describe('a refreshed URL pack that fails keeps the pack in force', () => {
  const URL_ = 'https://example.org/pack.json';
  beforeEach(async () => {
    fakeBrowser.reset();
    await browser.storage.local.set({ [ACTIVE_PACK_KEY]: { pack: { ...base, version: '1' }, source: { kind: 'url', location: URL_, loadedAt: 1 } } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['20,000 aliases', { ...base, version: '2', organisation: { aliases: aliases(20_000) } }, /^organisation\.aliases: /],
    ['a pattern too costly per post', { ...costlyPack, version: '2' }, /steps, more than the budget/],
  ])('%s', async (_name, body, problem) => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })));
    await refreshUrlPack(REFRESH_ALARM);
    expect((await getActivePack()).pack.version).toBe('1');
    expect((await getPackStatus())?.problem).toMatch(problem);
  });
});

// ---- The hostile-pack corpus, fuzzed ----

const word = fc.constantFrom('acme', 'zwaluw', 'project', 'de', 'the', 'a', 'b', 'namens', 'holding', 'x', 'é', 'x😀', 'a-b', 'b.c');
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const longPhrase = fc.array(word, { minLength: 9, maxLength: 14 }).map((w) => w.join(' '));
const atom = fc.constantFrom('a', '\\pL', '[a-z]', '.', '\\w', '\\s', '(?:ab|cd)', '\\b', 'x?', '[^ ]');
const count = fc.constantFrom(0, 1, 2, 3, 9, 30, 99, 100, 101, 999);
const pattern: fc.Arbitrary<string> = fc.letrec<{ p: string }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('p'), count, count).map(([p, n, m]) => `(?:${p}){${Math.min(n, m)},${Math.max(n, m)}}`),
    fc.tuple(tie('p'), tie('p')).map(([a, b]) => `${a}|${b}`),
    fc.tuple(tie('p'), tie('p')).map(([a, b]) => `${a}${b}`),
    tie('p').map((p) => `(?:${p})+`),
  ),
})).p;
const deepNote = fc.integer({ min: 0, max: 20 }).map((depth) => {
  let note: unknown = 'note';
  for (let i = 0; i < depth; i++) note = [note];
  return note;
});
const protoKey = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype));

const hostilePack = fc
  .record({
    aliases: fc.oneof(fc.array(phrase, { maxLength: 20 }), fc.array(phrase, { minLength: 90, maxLength: 110 })),
    handles: fc.array(word, { maxLength: 5 }),
    code: fc.array(phrase, { maxLength: 40 }),
    terms: fc.array(fc.array(phrase, { minLength: 1, maxLength: 60 }), { maxLength: 3 }),
    patterns: fc.array(pattern, { maxLength: 3 }),
    keywords: fc.array(phrase, { maxLength: 80 }),
    releases: fc.integer({ min: 0, max: 110 }),
    note: deepNote,
    proto: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: protoKey }),
    long: fc.option(longPhrase, { freq: 5 }),
  })
  .map((h) => {
    const pack: Record<string, unknown> = {
      ...base,
      organisation: { name: 'Acme Holding', aliases: h.long ? [...h.aliases, h.long] : h.aliases, handles: h.handles },
      confidential: { terms: h.code },
      strategy: { themes: [{ id: 'thema', title: 'Thema', keywords: { nl: h.keywords, en: h.keywords } }] },
      custom: [
        ...h.terms.map((terms, i) => ({ id: `terms-${i}`, kind: 'terms', terms, message: 'm' })),
        ...h.patterns.map((p, i) => ({ id: `pattern-${i}`, kind: 'pattern', pattern: p, message: 'm' })),
      ],
      pressReleases: Array.from({ length: h.releases }, (_, i) => ({ id: `r${i}`, text: 'Acme Holding opent vandaag een nieuwe fabriek.' })),
      $comment: h.note,
    };
    if (h.proto) Object.defineProperty(pack, h.proto, { value: {}, enumerable: true, writable: true, configurable: true });
    return pack;
  });

const postPiece = fc.oneof(word, fc.constantFrom(' ', '. ', '?', '\n', 'namens Acme Holding', 'Project zwaluw', 'www.acme.nl', '👨‍👩‍👧‍👦'), fc.string({ maxLength: 6 }));
const post280 = fc.array(postPiece, { minLength: 80, maxLength: 200 }).map((p) => Array.from(p.join('')).slice(0, 280).join(''));

describe('the hostile-pack corpus', () => {
  it('every pack that loads analyses any 280-character post within the step budget; every other is refused with a path', () => {
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(hostilePack, post280, (pack, post) => {
        const result = loadPack(JSON.stringify(pack), { tests: false });
        if (result.ok) {
          loaded++;
          const { steps: used } = measureWork(() => analyse({ text: post }, result.compiled));
          expect(used).toBeLessThanOrEqual(POST_STEPS);
        } else {
          refused++;
          if (process.env.DEBUG_CORPUS) console.log(result.errors.slice(0, 3));
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(e.path).toMatch(/^(\(root\)|[\w$]|__)/);
            expect(e.message).not.toMatch(/could not be prepared/);
          }
        }
      }),
      // About one generated pack in twenty loads: 200 runs make a run with none (which would
      // test only the refusals) practically impossible (0.95^200 ≈ 3e-5; at 60 it was 5 %).
      { numRuns: 200 },
    );
    // The corpus must exercise both sides.
    expect(loaded).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
