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
    expect(rules('One member in arrears on his mortgage told us this week how our letters made him feel. We are rewriting them.')).toContain('avoided-subject');
  });
});

describe('a subject that is one person\'s own matter, spoken of for every such matter', () => {
  const transit = testPack({
    themes: [{ id: 'travel', title: { nl: 'Reisinformatie' }, keywords: { nl: ['halte', 'omleiding'] } }],
    avoid: [
      { id: 'passengers', title: { nl: 'Individuele reizigers' }, description: { nl: 'De boete of het verloren voorwerp van één reiziger bespreken we niet in het openbaar.' }, keywords: { nl: ['verloren voorwerp', 'uw boete'] } },
      { id: 'politics', title: { nl: 'Politiek' }, keywords: { nl: ['minister'] } },
    ],
  });
  const found = (text: string) => analyse({ text, lang: 'nl' }, compilePack(transit)).findings.map((f) => f.rule);

  it('is a notice when it speaks of every one of them', () => {
    expect(found('Iets laten liggen op de bus? Elk verloren voorwerp wordt 14 dagen bewaard in de stelplaats van de lijn. Vul het formulier in op onze site.')).not.toContain('avoided-subject');
  });

  it('is somebody\'s case when it speaks of one', () => {
    expect(found('Het verloren voorwerp van die mevrouw van lijn 2 lag gewoon bij ons in de kast, met haar naam erin.')).toContain('avoided-subject');
  });

  it('needs a person in the post: a notice about everybody\'s is not somebody\'s case', () => {
    expect(found('Verloren voorwerpen van deze zomer bewaren we tot 31 december bij de kassa. Daarna gaan ze naar de kringloop.')).not.toContain('avoided-subject');
    expect(found('Een mevrouw van lijn 2 belde al drie keer over haar verloren voorwerp, een blauwe rugzak.')).toContain('avoided-subject');
  });

  it('leaves subjects that are nobody\'s own matter alone', () => {
    expect(found('Elke minister zou eens een week met de bus moeten pendelen, dan zou het snel anders gaan.')).toContain('avoided-subject');
  });
});

describe('an avoided subject next to a copy of the pack\'s own release', () => {
  const RELEASE = 'Greyfriars Lido will stay open through the winter for the first time in its 88-year history, after a refit of the changing rooms and a new heat pump for the pool water. From 5 December the lido is open every day from 7am to 7pm, with lane swimming in the mornings.';
  const lido = testPack(
    { themes: [{ id: 'swim', title: { en: 'Swimming for everyone' }, keywords: { en: ['swimming', 'lido'] } }], avoid: [{ id: 'politics', title: { en: 'Politics' }, keywords: { en: ['councillors', 'election'] } }] },
    { pressReleases: [{ id: 'lido', title: 'Greyfriars Lido open all year', date: '2026-10-15', lang: 'en', text: RELEASE }] },
  );
  const found = (text: string) => analyse({ text, lang: 'en' }, compilePack(lido)).findings.map((f) => f.rule);

  it('still counts in the writer\'s own words around the copy', () => {
    expect(found(`${RELEASE} And no thanks to our useless councillors, who voted against every penny of it before the election.`)).toContain('avoided-subject');
  });
});
