import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../coach-engine';
import { fingerprintText, hashWord, isFingerprint, matchReleases, parseFingerprint, wordHashes } from './fingerprint';

const release = [
  'De gemeente opent op zaterdag een nieuw buurthuis aan de Lindelaan in Oosterveld.',
  'Het gebouw heeft een grote zaal, een keuken voor kookclubs en een tuin die bewoners zelf hebben ontworpen.',
  '"We wilden een plek waar iedereen zich welkom voelt, jong en oud," zegt wethouder Van Dam.',
  'Het buurthuis is elke dag open van negen tot tien uur en wordt beheerd door vrijwilligers uit de wijk.',
].join('\n\n');

const hashes = parseFingerprint(fingerprintText(release))!;
const coverage = (post: string) => matchReleases(wordHashes(post).hashes, [hashes])?.coverage ?? 0;

describe('fingerprint', () => {
  it('finds a verbatim copy, a trimmed copy and reordered paragraphs', () => {
    expect(coverage(release)).toBe(1);
    const paragraphs = release.split('\n\n');
    expect(coverage(paragraphs.slice(0, 2).join('\n\n'))).toBeGreaterThan(0.95);
    expect(coverage([paragraphs[3], paragraphs[0], paragraphs[1]].join('\n\n'))).toBeGreaterThan(0.95);
  });

  it('survives light edits', () => {
    const edited = release.replace('zaterdag', 'zondag').replace('kookclubs', 'de kookclub').replace('vrijwilligers uit de wijk', 'vrijwilligers');
    expect(coverage(edited)).toBeGreaterThan(0.8);
  });

  it('ignores case and diacritics', () => {
    expect(coverage(release.toUpperCase())).toBe(1);
    expect(coverage(release.replace('gemeente', 'gémeente'))).toBe(1);
  });

  it('hashes each word of a post as the word itself is hashed, with its place', () => {
    const post = 'ÉÉN Café-bezoek, 12 mensen: Ideeën? naïef!';
    const words = ['één', 'café', 'bezoek', '12', 'mensen', 'ideeën', 'naïef'];
    const got = wordHashes(post);
    expect(got.hashes).toEqual(words.map((w) => hashWord(w)));
    expect(got.starts.map((s, i) => post.slice(s, got.ends[i]).toLowerCase())).toEqual(words);
  });

  it('finds little in a post that only mentions the news in its own words', () => {
    const own = 'Zaterdag gaat ons nieuwe buurthuis open! Ik heb meegedacht over de tuin. Wat zou jij er willen doen: koken, klussen of gewoon koffie?';
    expect(coverage(own)).toBeLessThan(0.2);
    expect(coverage('Iets heel anders over fietsen en het weer van morgen in de stad.')).toBe(0);
  });

  it('serialises compactly and refuses what it did not make', () => {
    const fp = fingerprintText(release);
    expect(isFingerprint(fp)).toBe(true);
    expect(fp.length).toBeLessThan(release.length);
    expect(parseFingerprint(fp)).toEqual(hashes);
    expect(parseFingerprint('hello')).toBeUndefined();
    expect(parseFingerprint('pcfp1.4.4:zz.!!')).toBeUndefined();
    expect(isFingerprint(42)).toBe(false);
  });

  it('gives the same analysis with a fingerprint as with the text', () => {
    const pack = JSON.parse(readFileSync(path.resolve('packs', 'northwind-energy.json'), 'utf8')) as Pack;
    const printed: Pack = {
      ...pack,
      pressReleases: pack.pressReleases!.map(({ text, ...r }) => ({ ...r, fingerprint: fingerprintText(text!) })),
    };
    const withText = compilePack(pack);
    const withPrint = compilePack(printed);
    const source = pack.pressReleases![2]!.text!;
    const posts = [
      source.split('\n\n').slice(1, 4).join('\n\n'),
      source.split('\n\n').slice(3, 6).reverse().join('\n\n'),
      `Would you change when you run the dishwasher for this?\n\n${source.slice(0, 600)}`,
      'We launched HomeFlex today. I ran the trial, and families just used timers. Would that work for you?',
    ];
    for (const text of posts) {
      const a = analyse({ text }, withText);
      const b = analyse({ text }, withPrint);
      expect(b.scores.pressRelease).toEqual(a.scores.pressRelease);
      expect(b.findings.filter((f) => f.rule === 'press-release')).toEqual(a.findings.filter((f) => f.rule === 'press-release'));
    }
    expect(analyse({ text: posts[0]! }, withPrint).findings.some((f) => f.rule === 'press-release' && f.message.includes('HomeFlex'))).toBe(true);
  });
});
