// Issue 9, item 5: a pack's press releases may be embargoed, and a web page or a curious user
// must not learn a release's title by typing guesses. The card, the report and its scores name a
// release only when the post really copies a real share of it; a post that shares a few words,
// a stock phrase or the title's topic learns nothing.
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../src/coach-engine';

const TITLE = 'Harbourline and Northwind merge their wind businesses';
const RELEASE =
  'Harbourline Energy and Northwind Energy will merge their offshore wind businesses into one company, the two firms said on Monday. ' +
  'The new company will own eleven wind farms in the North Sea and employ about 2,400 people in Hull, Esbjerg and Rotterdam. ' +
  'Customers will keep their contracts and tariffs, and no site will close as a result of the merger. ' +
  'The deal still needs the approval of the competition authorities in the United Kingdom and the Netherlands. ' +
  'Both boards expect the merger to be completed in the second half of next year.';
const pack = {
  format: 1,
  id: 'embargo',
  name: 'Embargo',
  version: '1',
  languages: ['en'],
  pressReleases: [{ id: 'merger-2027', title: TITLE, lang: 'en', text: RELEASE }],
} as Pack;
const compiled = compilePack(pack);

/** Everything a report says, as one string: messages, suggestions, scores. */
const said = (text: string, reply = false) => JSON.stringify(analyse({ text, reply, intensity: 'thorough' }, compiled));

describe('an embargoed release title', () => {
  it('is named when the post pastes the release (the check works)', () => {
    expect(said(RELEASE)).toContain(TITLE);
    expect(said(`Big news today! ${RELEASE.split('. ').slice(0, 3).join('. ')}.`)).toContain(TITLE);
  });

  it.each([
    ['the title itself', TITLE],
    ['the title as a question', 'Are Harbourline and Northwind going to merge their wind businesses?'],
    ['the topic in other words', 'Heard a rumour that two energy firms are joining forces on offshore wind. Anyone know more?'],
    ['a stock phrase shared with the release', 'Customers will keep their contracts, as always. Our shop on Dock Street opens at nine tomorrow.'],
    [
      'one copied sentence in a longer post of its own',
      'I spent the day at the harbour with our apprentices, who showed me the new crane and the cable ship. ' +
        'The new company will own eleven wind farms in the North Sea. ' +
        'What stayed with me was how calm everyone was about the weather, and how good the canteen soup is. Who else was there today?',
    ],
    ['a reply quoting a sentence', '@sam The deal still needs the approval of the competition authorities, so nothing changes for you yet.'],
  ])('is not revealed by %s', (_name, text) => {
    const report = said(text, text.startsWith('@'));
    expect(report).not.toContain(TITLE);
    expect(report).not.toContain('merger-2027');
  });
});
