import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../../coach-engine';
import { tokenize } from '../../text';
import type { Lang } from '../../types';
import { lexicon, lowerKeepLength } from '../phrases';
import { isContentToken } from '../similarity';
import { FAMILY_DATA, familyPhrases, linkedFamilies, SUBJECT_FAMILIES } from './index';

const entries = (Object.entries(FAMILY_DATA) as [Lang, (typeof FAMILY_DATA)[Lang]][]).flatMap(([lang, list]) => list.map((entry) => ({ lang, entry })));

/** A pack whose one subject to avoid is named by two of a family's words that the post does not use. */
function packSpeakingOf(words: string[], lang: Lang): Pack {
  return {
    format: 1,
    id: 'families-test',
    name: 'Families test',
    version: '1',
    languages: [lang],
    strategy: {
      themes: [{ id: 'lezen', title: { nl: 'Leesplezier', en: 'Reading for pleasure' }, keywords: { nl: ['boeken', 'voorlezen'], en: ['books', 'reading'] } }],
      avoid: [{ id: 'subject', title: { [lang]: words.join(' / ') }, keywords: { [lang]: words } }],
    },
  } as Pack;
}

/** Two words of the family with distinct stems, neither of which `text` uses. */
function twoOtherWords(words: readonly string[], lang: Lang, text: string): string[] {
  const used = new Set(tokenize(text, lang).map((t) => t.stem));
  const others: string[] = [];
  for (const word of words) {
    const stem = tokenize(word, lang)[0]!.stem;
    if (others.length < 2 && !used.has(stem) && !others.some((o) => tokenize(o, lang)[0]!.stem === stem)) others.push(word);
  }
  return others;
}

describe('the subject family lists', () => {
  it.each(entries.map(({ lang, entry }) => [`${lang} ${entry.family}`, lang, entry] as const))('%s: every word counts as a content word and every strong word is one of its words', (_name, lang, entry) => {
    for (const word of entry.words) {
      const tokens = tokenize(word, lang);
      expect(tokens, word).toHaveLength(1);
      expect(isContentToken(tokens[0]!), word).toBe(true);
    }
    for (const word of entry.strong) expect(entry.words, word).toContain(word);
  });

  it.each(entries.map(({ lang, entry }) => [`${lang} ${entry.family}`, lang, entry] as const))('%s: its example is named as a subject the pack names with two other family words', (_name, lang, entry) => {
    const others = twoOtherWords(entry.words, lang, entry.example);
    expect(others).toHaveLength(2);
    const pack = packSpeakingOf(others, lang);
    expect(linkedFamilies(others)).toContain(entry.family);
    const rules = analyse({ text: entry.example, lang }, compilePack(pack)).findings.map((f) => f.rule);
    expect(rules).toContain('avoided-subject');
  });

  const phraseEntries = entries.flatMap(({ lang, entry }) => (entry.phrases ?? []).map((p) => [`${lang} ${entry.family}: ${p.phrase}`, lang, entry.family, p] as const));

  it.each(phraseEntries)('%s: found in its example, and names a subject of that family there', (_name, lang, family, p) => {
    const re = lexicon([p.phrase]);
    re.lastIndex = 0;
    expect(re.test(lowerKeepLength(p.example)), p.example).toBe(true);
    // Two family words the example does not use link the pack's subject to the family.
    const others = twoOtherWords(FAMILY_DATA[lang].find((e) => e.family === family)!.words, lang, p.example);
    const rules = analyse({ text: p.example, lang }, compilePack(packSpeakingOf(others, lang))).findings.map((f) => f.rule);
    expect(rules).toContain('avoided-subject');
  });
});

describe('word groups of a family', () => {
  it('name only subjects that speak of the family', () => {
    const post = 'Ik hoorde vandaag dat de huur per 1 juli met zo\'n 5 procent stijgt.';
    const rulesWith = (words: string[]) => analyse({ text: post, lang: 'nl' }, compilePack(packSpeakingOf(words, 'nl'))).findings.map((f) => f.rule);
    expect(rulesWith(['tarieven', 'jaarcijfers'])).toContain('avoided-subject');
    expect(rulesWith(['staking', 'vakbond'])).not.toContain('avoided-subject');
  });

  it('link a subject to their family when its texts use one ("rent increases")', () => {
    expect(linkedFamilies(['Rent increases', 'Only the chief executive speaks about rent levels.'])).toContain('finance');
    expect(linkedFamilies(['Huurverhoging'])).toContain('finance');
    expect(linkedFamilies(['Rent levels'])).not.toContain('finance');
  });
});

describe('a family word in a subject\'s title or keywords', () => {
  const pack = (title: string, description: string, keywords: string[]): Pack =>
    ({
      format: 1,
      id: 'named-test',
      name: 'Named test',
      version: '1',
      languages: ['en'],
      strategy: {
        themes: [{ id: 'courses', title: { en: 'Courses for everyone' }, keywords: { en: ['course', 'degree'] } }],
        reserved: [{ id: 'restructuring', title: { en: title }, description: { en: description }, keywords: { en: keywords } }],
      },
    }) as Pack;

  it('links the subject to the family on its own', () => {
    expect(linkedFamilies(['Only the Vice-Chancellor speaks about this.'], ['Restructuring and course closures'])).toContain('closures');
    // In a description, one word is not enough: "closing remarks" speaks of no closure.
    expect(linkedFamilies(['Restructuring and course closures'])).not.toContain('closures');
  });

  it('counts only the last word of a keyword of several words', () => {
    const budget = (keywords: string[]) => linkedFamilies(['Only the Chief Fire Officer speaks about this.'], ['Budget'], keywords);
    // "fire cover" is about money and crews, not about fires.
    expect(budget(['fire cover'])).not.toContain('incident');
    expect(budget(['station closure'])).toContain('closures');
    expect(budget(['fire'])).toContain('incident');
  });

  it('so a post that tells of a closure in other words is a reserved subject', () => {
    const post = 'Heard in the staff meeting that they are shutting the music department: no new intake next year. Gutted for my colleagues.';
    const rules = (p: Pack) => analyse({ text: post, lang: 'en' }, compilePack(p)).findings.map((f) => f.rule);
    expect(rules(pack('Restructuring and course closures', 'Only the Vice-Chancellor speaks about this.', ['restructuring']))).toContain('reserved-subject');
    expect(rules(pack('Restructuring', 'Only the Vice-Chancellor speaks about this.', ['restructuring']))).not.toContain('reserved-subject');
  });

  it('does not take a closing date for a closure', () => {
    const post = 'Vacancy: course administrator in our music department, full time. Closing date: 10 January. Apply on our website.';
    const rules = analyse({ text: post, lang: 'en' }, compilePack(pack('Restructuring and course closures', 'Only the Vice-Chancellor speaks about this.', ['restructuring']))).findings.map((f) => f.rule);
    expect(rules).not.toContain('reserved-subject');
  });
});

describe('word groups of a family stay quiet on everyday notices and offers', () => {
  const quiet: [Lang, string][] = [
    ['en', 'On Christmas Eve our branches are due to close their doors at 1pm.'],
    ['en', 'Our branches are to close their doors at 1pm on Christmas Eve.'],
    ['en', 'Early-bird tickets for the quiz night: buy now while you can.'],
    ['nl', 'Op zaterdag sluit de bibliotheek om 15.00 uur de deuren.'],
    ['nl', 'Koop nu je kaartje voor de kerstmarkt, want vol is vol.'],
    ['en', 'On Christmas Eve we will close our shops at 4pm, so come early for that last present.'],
    ['en', 'We will close our branches on 25, 26 December and 1 January. The app works as usual.'],
    ['nl', 'Op 25 en 26 december sluiten onze kantoren. De bussen rijden volgens de zondagsregeling.'],
    ['en', 'Our lifeguards are shortlisted for the Community Heroes award and we are asking for your votes before Friday!'],
    ['nl', 'We zijn genomineerd voor Bibliotheek van het Jaar! We vragen om je stem: stemmen kan tot vrijdag.'],
    ['nl', 'Op oudejaarsavond sluiten onze kantoren om 16 uur. Fijne jaarwisseling!'],
    ['en', 'Please keep using your stove as normal: none of ours are affected by the recall in the news.'],
  ];
  it.each(quiet)('%s: %s', (lang, text) => {
    for (const family of SUBJECT_FAMILIES) {
      const re = familyPhrases(family, lang);
      if (!re) continue;
      re.lastIndex = 0;
      expect(re.test(lowerKeepLength(text)), family).toBe(false);
    }
  });
});
