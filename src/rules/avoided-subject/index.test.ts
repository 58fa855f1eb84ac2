import { describe, expect, it } from 'vitest';
import { analyse, compilePack } from '../../coach-engine';
import { testPack } from '../../../tests/helpers/test-pack';

const pack = testPack(
  {
    themes: [{ id: 'saving', title: { en: 'Saving habits' }, keywords: { en: ['saving', 'savings account'] } }],
    avoid: [{ id: 'members', title: { en: "Individual members' accounts" }, keywords: { en: ['your balance', 'arrears'] } }],
  },
  { organisation: { name: 'Portlea Building Society' } },
);
const rules = (text: string, reply = false) => analyse({ text, lang: 'en', reply }, compilePack(pack)).findings.map((f) => f.rule);

describe('a keyword in the reader\'s "your"', () => {
  it('names nobody\'s own case in a notice to everyone', () => {
    expect(rules('Planned maintenance: on Sunday from 1am to 5am the app will be unavailable. Please check your balance before Saturday evening if you need it.')).not.toContain('avoided-subject');
  });

  it('names the case of someone who is answered or addressed', () => {
    expect(rules('@jo_p Jo, your balance went below zero on Friday because the rent left twice, we will put it right today.', true)).toContain('avoided-subject');
    expect(rules('@jo_p Jo, your balance went below zero on Friday because the rent left twice, we will put it right today.')).toContain('avoided-subject');
  });

  it('leaves other keywords alone in a notice', () => {
    expect(rules('Three members in arrears on their mortgage told us this week how the letters made them feel. We are rewriting them.')).toContain('avoided-subject');
  });
});
