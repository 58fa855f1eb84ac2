import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { promotionSignals } from './promotion-signals';

function kinds(text: string): string[] {
  return promotionSignals(text, tokenize(text, 'nl'), 0).map((h) => h.kind);
}
function words(text: string): string[] {
  return promotionSignals(text, tokenize(text, 'nl'), 0).map((h) => text.slice(h.start, h.end));
}

describe('promotion signals', () => {
  const must: [string, string][] = [
    ['Wij zijn de beste gemeente van Nederland.', 'superlative'],
    ['The most advanced facility of its kind in Europe.', 'superlative'],
    ['De snelste en stilste scanner van België.', 'superlative'],
    ["Meet the UK's #1 green supplier.", 'boast'],
    ['Wij zijn marktleider in zonnepanelen.', 'boast'],
    ['Award-winning service, every day.', 'boast'],
    ['Niemand doet ons dat na!', 'boast'],
    ['Dat doet niemand ons na!', 'boast'],
    ['Proud to announce our new partner.', 'pride'],
    ['Trots om te melden dat we gegroeid zijn.', 'pride'],
    ['Gemeente X wint de Loket Award 2026.', 'award'],
    ['Named Supplier of the Year at the awards.', 'award'],
    ['Nu 20% korting met de code ZOMER20.', 'sales'],
    ['Book your free survey now.', 'sales'],
    ['Under my leadership the pipeline tripled.', 'image'],
    ['Not posting this to show off.', 'modesty'],
  ];
  for (const [text, kind] of must) it(`finds ${kind} in "${text}"`, () => expect(kinds(text)).toContain(kind));

  const mustNot = [
    'Wat werkt volgens jullie het best?',
    'Our best recruiters were the caretakers, not our ads.',
    "What's the best safety idea you've had?",
    'Grootste lek? De brievenbus.',
    'Om kwart over zes is hij de eerste op de werf.',
    'Check whether you are on the best tariff for how you use energy.',
    'Je kunt je pas gratis vervangen bij de balie.',
    'I am happy to share what helped.',
  ];
  for (const text of mustNot) it(`finds nothing in "${text}"`, () => expect(kinds(text)).toEqual([]));

  it('spans the boasting words, not the sentence', () => expect(words('Ons team is het beste team van de regio, echt.')).toEqual(['beste team van de regio']));
});
