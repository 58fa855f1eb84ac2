import { describe, expect, it } from 'vitest';
import { splitSentences, isQuestion, tokenize } from '../text';
import { creditSpans, isRhetoricalHook, realQuestions, sentenceSignals } from './dialogue-signals';

function signals(text: string) {
  return sentenceSignals({ text, tokens: tokenize(text, 'nl'), start: 0 });
}
function questionsIn(text: string): string[] {
  const sentences = splitSentences(text).map((s) => ({ ...s, tokens: tokenize(s.text, 'nl', s.start), question: isQuestion(s.text) }));
  return realQuestions(sentences, sentences.map(sentenceSignals)).map((i) => sentences[i]!.text);
}

describe('announcement frames', () => {
  const must = [
    'Let op: de balie is maandag dicht.',
    'Vanaf maandag 3 maart gelden nieuwe openingstijden.',
    'Save the date: 12 June, our open day.',
    'Schrijf je nu in via de website.',
    'Lees meer op onzestad.nl',
    'Our annual report is out now.',
    'Heads up: the app will be unavailable tonight.',
    'Het nieuwe beleid is vastgesteld.',
    'PERSBERICHT',
    "We're hiring a data analyst.",
    'Book your free survey now.',
  ];
  for (const text of must) it(`finds a frame in "${text}"`, () => expect(signals(text).announce.length).toBeGreaterThan(0));
  const mustNot = [
    'Wat vind jij van het nieuwe plein?',
    'Ik liep vanochtend met Ans door de wijk.',
    'Thank you to everyone who came to help.',
    'The hardest part was explaining it to my kids.',
    'Welke school is de volgende?',
  ];
  for (const text of mustNot) it(`finds no frame in "${text}"`, () => expect(signals(text).announce).toEqual([]));
  it('does not read words inside a link as frames', () => expect(signals('example.org/blog/report').announce).toEqual([]));
});

describe('invitations, credit and reporting back', () => {
  const invites = ['Laat het ons weten in de reacties.', 'Tell us what you think.', 'Tips welkom!', 'Share your experience below.', 'Ik hoor graag hoe jullie dit doen.', 'Pull requests welcome.'];
  for (const text of invites) it(`invites in "${text}"`, () => expect(signals(text).invite.length).toBeGreaterThan(0));
  const credits = ['Dank aan de buitendienst!', 'Bedankt, Henk.', 'Shout-out to Kev for his patience.', 'Credit where it is due: the nurses did this.', 'Het was het werk van de anesthesisten.'];
  for (const text of credits) it(`credits in "${text}"`, () => expect(creditSpans(text).length).toBeGreaterThan(0));
  const notCredits = ['Bedankt voor je begrip.', 'Thanks for your patience.', 'Dankzij hun platform werken we sneller.', 'Commercial director'];
  for (const text of notCredits) it(`no credit in "${text}"`, () => expect(creditSpans(text)).toEqual([]));
  const reports = ['Jullie gaven 200 reacties.', 'Residents told us the signs were too small.', 'Wat me het meest verraste: niemand wil een groot huis.'];
  for (const text of reports) it(`reports back in "${text}"`, () => expect(signals(text).reportBack.length).toBeGreaterThan(0));
});

describe('real and rhetorical questions', () => {
  const hooks = ['Vragen?', 'Questions?', 'Ben jij klaar voor een nieuwe uitdaging?', 'Why wait?', 'Ready to go solar?', 'Wil je meer weten?', 'Wie komt er spelen?', 'Did you know that the app is free?'];
  for (const text of hooks) it(`"${text}" is a hook`, () => expect(isRhetoricalHook(text, tokenize(text, 'nl').length)).toBe(true));
  const notHooks = ['Vragen aan jullie: hoe pakken jullie dit aan?', 'Wat vind jij van het plein?', 'Which journeys matter most to you?'];
  for (const text of notHooks) it(`"${text}" is no hook`, () => expect(isRhetoricalHook(text, tokenize(text, 'nl').length)).toBe(false));

  it('keeps a real question', () => expect(questionsIn('We bouwen een nieuw plein. Wat mag er volgens jou niet verdwijnen?')).toHaveLength(1));
  it('drops a question answered by a call to action', () => expect(questionsIn('Informatieavond op 3 maart. Vragen? Bel 14 0655.')).toEqual([]));
  it('drops a conditional question with "dan"', () => expect(questionsIn('Bent u 65-plusser? Laat u dan vaccineren bij de huisarts.')).toEqual([]));
  it('drops a self-answered question', () => expect(questionsIn('Grootste lek in huis? De brievenbus.')).toEqual([]));
  it('drops a quoted question', () => expect(questionsIn('Ik krijg altijd dezelfde vraag: "Mag ik nog fruit eten?"')).toEqual([]));
  it('keeps a short invitation', () => expect(questionsIn('Andere ideeën? Graag.')).toHaveLength(1));
});
