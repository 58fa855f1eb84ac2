import { describe, expect, it } from 'vitest';
import { healthSpans, identifierSpans, movesToPrivate } from './signals';

describe('identifiable person', () => {
  it.each([
    ['Vanochtend bij mevrouw Dekker aan de keukentafel.', false],
    ['Meneer De Groot, uw bezwaar is afgewezen.', false],
    ['A 54-year-old man came in with chest pain.', false],
    ['Ze is 87 en woont alleen: (87) jaar jong.', false],
    ['Patiënt op kamer 214 wil zijn eten.', false],
    ['Het pand aan de Kanaalstraat krijgt een dwangsom.', false],
    ['Die buurman van jou krijgt een waarschuwing.', false],
    ['Deze kanjer van 7 mocht naar huis. Beterschap, kleine Lowie!', false],
    ['Op de foto ligt de patiënt op de achtergrond, onherkenbaar hoor.', false],
    ['@paul_m1982 you are £600 in arrears.', true],
    ['Hoi Samira, je uitkering staat klaar.', true],
  ])('points to someone in %j', (text, reply) => {
    expect(identifierSpans(text, reply).length).toBeGreaterThan(0);
  });

  it.each([
    ['Wij helpen inwoners met schulden. Bel ons gerust.', false],
    ['Our support fund helps households in arrears.', false],
    ['Tien patiënten vertelden ons wat ze misten.', false],
    ['Hoi Samira, je uitkering staat klaar.', false],
    ['Kinderen van 4 tot 12 jaar zijn welkom.', false],
  ])('points to nobody in %j', (text, reply) => {
    expect(identifierSpans(text, reply)).toEqual([]);
  });

  it('sees a matter moved to a private channel', () => {
    expect(movesToPrivate('Stuur ons een privébericht met je adres.')).toBe(true);
    expect(movesToPrivate('Could you DM us your account number?')).toBe(true);
    expect(movesToPrivate('Daar praten we liever niet hier over.')).toBe(true);
    expect(movesToPrivate('Je bezwaar is afgewezen, succes ermee.')).toBe(false);
  });

  it('finds health details, Dutch compounds included', () => {
    const found = (t: string) => healthSpans(t).map((s) => t.slice(s.start, s.end));
    expect(found('Na haar heupbreuk loopt ze weer.')).toEqual(['heupbreuk']);
    expect(found('Since his stroke he walks with a stick.')).toEqual(['stroke']);
    expect(found('Met zijn nieuwe knie de gang op.')).toEqual(['nieuwe knie']);
    expect(found('De nieuwe parking op campus Durmelo is open.')).toEqual([]);
  });

  it('treats a referral to the own doctor as taking it out of public', () => {
    expect(movesToPrivate('Daar kunnen we hier niets over zeggen; uw huisarts helpt u verder.')).toBe(true);
    expect(movesToPrivate('Please ask your own GP about this.')).toBe(true);
  });
});
