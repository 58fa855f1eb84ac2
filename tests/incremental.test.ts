// A keystroke re-analyses only the sentence it changed, and the cache never changes a result:
// every report equals the one a freshly compiled pack gives for the same text.
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../src/engine';
import type { Rule } from '../src/engine/rule';
import { RULES } from '../src/rules';
import { shippedPacks } from './helpers/shipped-packs';

/** A detector that counts how often its per-sentence work really runs. */
function probeRule(): { rule: Rule; computed: string[] } {
  const computed: string[] = [];
  const rule: Rule = {
    id: 'memo-probe',
    category: 'custom',
    languages: ['nl', 'en'],
    defaultSeverity: 'nudge',
    principle: 'probe',
    why: { nl: 'test', en: 'test' },
    detect: (ctx) =>
      ctx.sentences.flatMap((sentence) => {
        // Offsets relative to the sentence, as RuleContext.memo asks.
        const at = ctx.memo(sentence, (s) => {
          computed.push(s.text);
          return s.text.indexOf('!');
        });
        return at < 0 ? [] : [{ spans: [{ start: sentence.start + at, end: sentence.start + at + 1 }], message: 'bang' }];
      }),
    examples: { fire: [], pass: [] },
  };
  return { rule, computed };
}

const PACK = shippedPacks().find((p) => p.name === 'default')!.pack;

describe('re-analysing after a small edit', () => {
  it('recomputes only the sentence that changed', () => {
    const { rule, computed } = probeRule();
    const compiled = compilePack(PACK, [rule, ...RULES]);
    const before = 'We openen zaterdag de nieuwe bieb! Kom je ook? Er is koffie en taart. Tot dan!';
    analyse({ text: before }, compiled);
    expect(computed).toEqual(['We openen zaterdag de nieuwe bieb!', 'Kom je ook?', 'Er is koffie en taart.', 'Tot dan!']);

    computed.length = 0;
    const after = before.replace('koffie', 'thee');
    analyse({ text: after }, compiled);
    expect(computed).toEqual(['Er is thee en taart.']);
  });

  it('reuses a sentence that moved, with its spans at the new place', () => {
    const { rule, computed } = probeRule();
    const compiled = compilePack(PACK, [rule, ...RULES]);
    analyse({ text: 'Join us on Friday! Bring a friend.' }, compiled);
    computed.length = 0;
    const moved = 'Big news. Join us on Friday! Bring a friend.';
    const report = analyse({ text: moved }, compiled);
    expect(computed).toEqual(['Big news.']);
    const bang = report.findings.find((f) => f.rule === 'memo-probe')!;
    expect(bang.spans).toEqual([{ start: moved.indexOf('!'), end: moved.indexOf('!') + 1 }]);
  });

  it('places a sentence that occurs twice at both of its offsets', () => {
    const { rule, computed } = probeRule();
    const compiled = compilePack(PACK, [rule]);
    const text = 'Wow! Really. Wow!';
    const report = analyse({ text }, compiled);
    expect(computed).toEqual(['Wow!', 'Really.']);
    expect(report.findings.map((f) => f.spans[0]!.start)).toEqual([3, 16]);
  });

  it('keeps the untouched sentences through a long editing session', () => {
    const { rule, computed } = probeRule();
    const compiled = compilePack(PACK, [rule]);
    // Thousands of keystrokes in the last sentence fill the bounded cache with its old versions;
    // the sentences in use must outlive them, or a long session slowly loses its speed.
    for (let k = 0; k < 3000; k++) analyse({ text: `Hallo allemaal! Dit blijft staan. Maar hier typ ik ${k}` }, compiled);
    expect(computed.filter((s) => s === 'Hallo allemaal!')).toHaveLength(1);
  });

  it('does not reuse a sentence across languages', () => {
    const { rule, computed } = probeRule();
    const compiled = compilePack(PACK, [rule]);
    analyse({ text: 'Help!', lang: 'nl' }, compiled);
    analyse({ text: 'Help!', lang: 'en' }, compiled);
    expect(computed).toEqual(['Help!', 'Help!']);
  });
});

// Posts typed one character at a time, then edited in the middle, in both languages.
const TYPED: Record<string, string> = {
  nl: 'Trots! Wij zijn de beste gemeente van de regio. PERSBERICHT: vanaf 1 maart kun je je paspoort ook op zaterdag aanvragen, aldus wethouder De Vries. Wat vind jij, is zaterdag handig? Lees meer op www.dalzicht.nl #service',
  en: 'FOR IMMEDIATE RELEASE. We are proud to announce the best tariff on the market, buy now with 20% discount! What do you think: would you switch for greener power? Thanks to @anna for the idea. On behalf of Northwind, questions? Call us.',
};

function typingSteps(text: string): string[] {
  const steps: string[] = [];
  for (let i = 1; i <= text.length; i++) steps.push(text.slice(0, i));
  // Then edits in the middle: a deleted word and an inserted one.
  const mid = text.indexOf(' ', Math.floor(text.length / 2));
  steps.push(text.slice(0, mid) + text.slice(text.indexOf(' ', mid + 1)));
  steps.push(`${text.slice(0, mid)} echt${text.slice(mid)}`);
  steps.push(text);
  return steps;
}

describe('caching never changes a result', () => {
  for (const { name, pack } of shippedPacks()) {
    for (const [lang, post] of Object.entries(TYPED)) {
      it(`${name}: typing a ${lang} post gives the reports of a fresh compile at every step`, () => {
        const warm = compilePack(pack as Pack, RULES);
        for (const text of typingSteps(post)) {
          const input = { text, intensity: 'thorough' as const };
          expect(analyse(input, warm), text).toEqual(analyse(input, compilePack(pack as Pack, RULES)));
        }
      });
    }
  }
});
