import { describe, expect, it } from 'vitest';
import { lowerKeepLength, matchAll } from '../../nlp/phrases';
import { LEXICONS, LEXICON_RE, THIRD_SUBJECT_VERB } from '.';
import { SIGNAL_INDEX, type SignalName } from '../extract';
import { signalsOf } from '../../../../tests/helpers/signals-of';


describe('every phrase list entry fires on its own example', () => {
  for (const [lang, entries] of Object.entries(LEXICONS)) {
    for (const entry of entries) {
      it(`${lang} ${entry.signal}: ${entry.example}`, () => {
        if (entry.signal === 'third-subject') {
          expect(signalsOf(entry.example).values[SIGNAL_INDEX['third-subject']]).toBeGreaterThan(0);
          return;
        }
        if (entry.signal === 'institution') {
          expect(matchAll(LEXICON_RE.institution, lowerKeepLength(entry.example)).length).toBeGreaterThan(0);
          return;
        }
        expect(matchAll(LEXICON_RE[entry.signal], lowerKeepLength(entry.example)).length).toBeGreaterThan(0);
        expect(signalsOf(entry.example).values[SIGNAL_INDEX[entry.signal as SignalName]]).toBeGreaterThan(0);
      });
    }
  }
});

describe('guardrails: ordinary sentences that must not fire', () => {
  const quiet: [SignalName, string][] = [
    ['announced-today', 'I had a nice walk today along the river.'],
    ['announced-today', 'Vandaag liep ik langs de rivier, het was prachtig.'],
    ['said-quote', 'She said that the bus was late again.'],
    ['news-event', 'We had a lovely afternoon with the apprentices.'],
    ['news-event', 'Heb je geen panda gezien? Laat het me weten.'],
    ['third-subject', 'We have opened a new office in Leeds.'],
    ['third-subject', 'Ik heb vandaag de eerste route gereden.'],
    ['greeting', 'The high street is busy today.'],
    ['greeting', 'Sneeuwschoenen te huur, per dag of per week.'],
    ['greeting', 'Volgens mij de beste klimmer van het peloton.'],
    ['greeting', 'We met the new crew this morning in Leeds.'],
    ['greeting', 'Dag van de Mantelzorg: dank aan iedereen die zorgt.'],
    ['greeting', 'Morning rush on the A65 again.'],
    ['news-event', 'Heb je een idee voor het plein? Laat het gerust weten.'],
    ['relational', 'We are happy to announce our new depot in Leeds.'],
    ['relational', 'We zijn blij met de nieuwe tarieven voor volgend jaar.'],
    ['news-headline', 'The man who fixed our roof did a careful job.'],
    ['notice', 'We closed the year with more volunteers than ever.'],
    ['deal', 'Our team won the pub quiz again, which nobody expected.'],
    ['q-hook', 'Our new garden opens next month. What would you like to grow there? Tell us in the comments.'],
    ['q-hook', 'Do you cycle to work? We would love to hear what would make it easier.'],
    ['kicker', 'Hi Sam: thanks for the photo of the old mill.'],
  ];
  for (const [signal, text] of quiet) {
    it(`${signal} stays quiet on "${text}"`, () => expect(signalsOf(text).values[SIGNAL_INDEX[signal]]).toBe(0));
  }
  it('a yes/no question that the post answers itself is a hook, not a question to readers', () => {
    const hook = signalsOf('Need a new bin? You can now order one online and it arrives within ten days.');
    expect(hook.values[SIGNAL_INDEX['q-hook']]).toBe(1);
    expect(hook.values[SIGNAL_INDEX['q-real']]).toBe(0);
    const nl = signalsOf('Wist je dat je een parkeervergunning online kunt aanvragen? Het duurt nog geen vijf minuten.');
    expect(nl.values[SIGNAL_INDEX['q-hook']]).toBe(1);
  });
  it('a category label opening a post is a kicker, in both languages', () => {
    expect(signalsOf('#UPDATE | The footbridge has reopened.').values[SIGNAL_INDEX.kicker]).toBe(1);
    expect(signalsOf('LET OP: de brug is dicht.').values[SIGNAL_INDEX.kicker]).toBe(1);
  });
  it('the third-subject verb list is anchored at the verb', () => {
    expect(THIRD_SUBJECT_VERB.test('has opened a depot')).toBe(true);
    expect(THIRD_SUBJECT_VERB.test('hasty decisions')).toBe(false);
  });
});

describe('a greeting', () => {
  it('may follow an emoji', () => {
    expect(signalsOf('👋 Beste buren, vanavond is er een bewonersavond.').values[SIGNAL_INDEX.greeting]).toBeGreaterThan(0);
  });
});

describe('a birth is news', () => {
  it('in both languages', () => {
    expect(signalsOf('Bij de stokstaartjes zijn vannacht vier jongen geboren.').values[SIGNAL_INDEX['news-event']]).toBeGreaterThan(0);
    expect(signalsOf('Two otter cubs were born in the night of 3 March.').values[SIGNAL_INDEX['news-event']]).toBeGreaterThan(0);
  });
});

describe('the thread mark', () => {
  const thread = (text: string) => signalsOf(text).values[SIGNAL_INDEX.thread];
  it('is a numbered post, or the thread emoji with a word or arrow that says so', () => {
    expect(thread('1/3 How to wash a down jacket without ruining it.')).toBe(1);
    expect(thread('Hoe kiezen we wat er speelt? Een draadje 🧵')).toBe(1);
  });
  it('is not a needle and thread', () => {
    expect(thread('🧵 Free repair clinic this Saturday: bring a torn jacket and we patch it with you.')).toBe(0);
    expect(thread('New panel, fresh seam tape, good for another decade. 🧵')).toBe(0);
    expect(thread('🧵 Needle and thread at the ready: our repair café is back on Saturday.')).toBe(0);
  });
});
