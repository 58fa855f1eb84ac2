import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack/types';
import { tokenize } from '../text';
import { compileOrganisation, findOrganisationMentions, voiceOf } from './organisation';

const pack: Pack = {
  format: 1,
  id: 'acme',
  name: 'Acme',
  version: '1',
  languages: ['nl', 'en'],
  organisation: { name: 'Gemeente Veldhoven Noord', aliases: ['Veldhoven Noord', 'de gemeente'], handles: ['@veldnoord'] },
};

function mentions(text: string, p: Pack = pack): string[] {
  const spans = findOrganisationMentions(tokenize(text, 'nl'), compileOrganisation(p));
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('organisation mentions', () => {
  const must: [string, string[]][] = [
    ['Gemeente Veldhoven Noord opent een loket', ['Gemeente Veldhoven Noord']],
    ['Welkom in Veldhoven Noord!', ['Veldhoven Noord']],
    ["Veldhoven Noord's new office", ["Veldhoven Noord's"]],
    ['Vraag het @veldnoord of de gemeente', ['veldnoord', 'de gemeente']],
    ['DE GEMEENTE zegt', ['DE GEMEENTE']],
  ];
  for (const [text, want] of must) it(`finds ${want.join(', ')} in "${text}"`, () => expect(mentions(text)).toEqual(want));

  const mustNot = ['Veldhoven is mooi', 'Noord en zuid', 'een gemeente elders', 'Gemeente Veldhoven Zuid'];
  for (const text of mustNot) it(`finds nothing in "${text}"`, () => expect(mentions(text)).toEqual([]));

  it('works for a pack without an organisation', () => {
    const bare: Pack = { format: 1, id: 'x', name: 'X', version: '1', languages: ['en'] };
    expect(mentions('Acme opens a shop', bare)).toEqual([]);
  });
});

describe('voice', () => {
  it('counts we, I and you in both languages', () => {
    expect(voiceOf(tokenize('Wij openen onze deuren en ik nodig jou uit', 'nl'))).toMatchObject({ we: 2, i: 1, you: 1 });
    expect(voiceOf(tokenize("We're proud of our team. What do you think?", 'en'))).toMatchObject({ we: 2, i: 0, you: 1 });
  });
  it('counts organisation mentions when given a matcher', () => {
    expect(voiceOf(tokenize('Veldhoven Noord en de gemeente', 'nl'), compileOrganisation(pack)).org).toBe(2);
  });
});
