// Every built-in rule reaches people by a name in their language: a Dutch page never shows its
// English id in words ("No theme fit").
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { ruleName } from './vocabulary';

const idInWords = (id: string) => id.replace(/-/g, ' ').toLowerCase();

describe('ruleName', () => {
  it.each(RULES.map((r) => r.id))('names the built-in rule %s in Dutch and English', (id) => {
    const nl = ruleName(id, 'nl');
    const en = ruleName(id, 'en');
    expect(nl.toLowerCase()).not.toBe(idInWords(id));
    expect(nl).not.toBe(en);
  });

  it('names a pack\'s own rule by its id in words', () => {
    expect(ruleName('geen-jargon', 'nl')).toBe('Geen jargon');
  });
});
