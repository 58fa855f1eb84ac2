import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { compileTermMatcher } from './terms';

const find = (terms: string[], text: string, lang: 'nl' | 'en') => {
  const tokens = tokenize(text, lang);
  return compileTermMatcher(terms).find(text, tokens, lang).map((h) => text.slice(h.span.start, h.span.end));
};

describe('term matcher', () => {
  it('finds inflections of a word by its stem', () => {
    expect(find(['woning'], 'Nieuwe woningen in Kortland', 'nl')).toEqual(['woningen']);
    expect(find(['election'], 'Before the elections, please vote.', 'en')).toEqual(['elections']);
  });

  it('finds phrases, longest first', () => {
    expect(find(['raad', 'Raad van State'], 'De zaak ligt bij de Raad van State.', 'nl')).toEqual(['Raad van State']);
    expect(find(['price cap'], 'The price cap is back in the news.', 'en')).toEqual(['price cap']);
  });

  it('does not match a phrase whose words are apart, nor a longer word', () => {
    expect(find(['price cap'], 'The price of a cap went up.', 'en')).toEqual([]);
    expect(find(['brand'], 'De brandweer was snel ter plaatse.', 'nl')).toEqual([]);
  });

  it('does not take the bare stem of a longer word for a form of it', () => {
    // "stak" (put) and "meet" share a stem with "staking" (a strike) and "meeting".
    expect(find(['staking'], 'Merci aan iedereen die daar tijd in stak.', 'nl')).toEqual([]);
    expect(find(['meeting'], 'Come and meet the team.', 'en')).toEqual([]);
    // Forms with an ending of their own still count.
    expect(find(['staking'], 'De chauffeurs staken dinsdag; na twee stakingen is er overleg.', 'nl')).toEqual(['staken', 'stakingen']);
    expect(find(['besparingen'], 'Ze besparen op de nachtploeg.', 'nl')).toEqual(['besparen']);
    expect(find(['huren'], 'De huur gaat omhoog.', 'nl')).toEqual(['huur']);
  });

  it('does not take a function word for a term that shares its stem', () => {
    expect(find(['dieet'], 'Vraagje aan de collega\'s die mij hier volgen.', 'nl')).toEqual([]);
    expect(find(['dieet'], 'Geen dieet, wel elke week zwemmen.', 'nl')).toEqual(['dieet']);
    // An auxiliary is no form of a noun: "waren" (were) and "waarde" (value) fold to one key.
    expect(find(['waarde'], 'Vorige week waren acht vrijwilligers bij ons.', 'nl')).toEqual([]);
    expect(find(['waarde'], 'Wat is de waarde van deze medaille?', 'nl')).toEqual(['waarde']);
    // A Dutch function word is an English content word: "door" is a door in an English post.
    expect(find(['front doors'], 'Your new front door arrives on Tuesday.', 'en')).toEqual(['front door']);
  });

  it('is empty for an empty list or text', () => {
    expect(find([], 'iets', 'nl')).toEqual([]);
    expect(find(['iets'], '', 'nl')).toEqual([]);
  });
});

describe('one matcher for terms rules and code names', () => {
  it('a custom terms rule and the confidential terms find the same words', async () => {
    const { analyse, compilePack } = await import('../../coach-engine');
    const terms = ['Project Zilvermeeuw', 'co-creatie', 'integrale aanpak'];
    const pack = {
      format: 1, id: 'p', name: 'P', version: '1', languages: ['nl'],
      confidential: { terms },
      custom: [{ id: 'jargon', kind: 'terms', terms, message: 'm' }],
    } as const;
    const text = 'Mooi overleg over project-zilvermeeuw, co-creatie en integraal aanpakken. Project. Zilvermeeuw apart telt niet.';
    const report = analyse({ text, lang: 'nl', intensity: 'thorough' }, compilePack(pack as never));
    const spans = (rule: string) => report.findings.filter((f) => f.rule === rule).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));
    expect(spans('jargon')).toEqual(['project-zilvermeeuw', 'co-creatie', 'integraal aanpakken']);
    expect(spans('confidential')).toEqual(spans('jargon'));
  });
});
