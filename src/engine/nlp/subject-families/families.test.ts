import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../../coach-engine';
import { tokenize } from '../../text';
import type { Lang } from '../../types';
import { isContentToken } from '../similarity';
import { FAMILY_DATA, linkedFamilies } from './index';

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
    // Two words of distinct stems, neither of which the example uses.
    const used = new Set(tokenize(entry.example, lang).map((t) => t.stem));
    const others: string[] = [];
    for (const word of entry.words) {
      const stem = tokenize(word, lang)[0]!.stem;
      if (others.length < 2 && !used.has(stem) && !others.some((o) => tokenize(o, lang)[0]!.stem === stem)) others.push(word);
    }
    expect(others).toHaveLength(2);
    const pack = packSpeakingOf(others, lang);
    expect(linkedFamilies(others)).toContain(entry.family);
    const rules = analyse({ text: entry.example, lang }, compilePack(pack)).findings.map((f) => f.rule);
    expect(rules).toContain('avoided-subject');
  });
});
