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
    // A place's name is a scope too, whatever the place.
    ['De beste koffie van Oosterbeek, elke ochtend vers.', 'superlative'],
    ['The biggest open day in Kelsborough is back.', 'superlative'],
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

describe('a superlative before a name', () => {
  it('ranks within a place, not within a shout in capitals', () => {
    expect(kinds('De beste koffie van Oosterbeek, elke ochtend vers.')).toContain('superlative');
    expect(kinds('THE BEST DAY OF THE SUMMER IS HERE')).not.toContain('superlative');
    expect(kinds('Het beste van allemaal: de koffie is gratis.')).not.toContain('superlative');
    // Order words only tell before a name: "the first homes in Oostveld" ranks nothing.
    expect(kinds('De eerste 400 woningen in Oostveld zijn aangesloten op het warmtenet.')).not.toContain('superlative');
    expect(kinds('The first 400 homes in Eastfield are now connected.')).not.toContain('superlative');
    expect(kinds('The biggest change came from a scaffolder in our York team.')).not.toContain('superlative');
    expect(kinds('Het mooiste zwembad van de Maasvallei is weer open.')).toContain('superlative');
  });
  it('takes "than anyone expected" for a comparison with an expectation', () => {
    expect(kinds('The advice centre sorted out more money problems than anyone expected.')).not.toContain('boast');
    expect(kinds('We answer calls faster than anyone else.')).toContain('boast');
  });
});

