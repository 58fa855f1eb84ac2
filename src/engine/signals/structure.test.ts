import { describe, expect, it } from 'vitest';
import { structureOf } from './structure';

describe('datelines in their wire and newsroom forms', () => {
  const yes = [
    'IRVINE, CA, April 09, 2024 /24-7PressRelease/ -- In an era of change, a company emerged.',
    'EDEN PRAIRIE, MINN. - September 29, 2025 (NEWMEDIAWIRE) - The firm reported results.',
    'NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. announced a merger.',
    'UTRECHT, 3 maart 2026 – De gemeente opent een nieuw loket.',
    'Hoevelde, 6 november 2026 – Het ziekenhuis breidt uit.',
    'LONDON--(BUSINESS WIRE)--Northline plc today reported its results.',
    'ROTTERDAM - De politie heeft twee mannen aangehouden.',
    'Headline of the release\n\nAUSTIN, Texas, Jan. 5, 2026 /PRNewswire/ -- A new product ships.',
  ];
  const no = [
    'On 3 March 2026 we open the new library – come and see!',
    'Utrecht is mooi in maart.',
    'Join us on Saturday 14 March - it will be fun.',
    'I moved to London, March 2019 - best decision ever.',
    'BIG NEWS: we are hiring!',
  ];
  for (const text of yes) it(`finds the dateline in "${text.slice(0, 50)}"`, () => expect(structureOf(text).dateline.length).toBeGreaterThan(0));
  for (const text of no) it(`finds none in "${text.slice(0, 50)}"`, () => expect(structureOf(text).dateline).toEqual([]));
});

describe('other marks of a release', () => {
  it('finds a wire tag, a ticker, a company suffix, an About block and an end mark', () => {
    const text = 'Acme Launches Solar Roof Tiles For Homes\n\nDENVER, May 2, 2026 /PRNewswire/ -- Acme Inc. (NASDAQ: ACME) today launched tiles.\n\nAbout Acme\nAcme makes roofs.\n\n###';
    const s = structureOf(text);
    expect(s.wireTag.length).toBe(1);
    expect(s.ticker.length).toBe(1);
    expect(s.orgSuffix.length).toBeGreaterThan(0);
    expect(s.aboutBlock.length).toBe(1);
    expect(s.endMark.length).toBe(1);
    expect(s.headline.length).toBe(1);
  });
  it('does not take a personal first line for a headline, nor "about me" for boilerplate', () => {
    const s = structureOf('so this happened at work today\n\nAbout me: I love trains.');
    expect(s.headline).toEqual([]);
    expect(s.aboutBlock).toEqual([]);
  });
  it('counts links, hashtags, mentions and a closing hashtag block', () => {
    const s = structureOf('@sam thanks! See example.org/x and https://a.nl/b #one #two #three');
    expect(s.leadingMention).toBe(true);
    expect(s.links.length).toBe(2);
    expect(s.hashtags.length).toBe(3);
    expect(s.hashtagBlock).toBe(true);
  });
});
