import { describe, expect, it } from 'vitest';
import { findRegister, registerWeight, thirdPersonPattern } from './release-register';

const marks = (text: string, org?: string[]) => findRegister(text, org ? thirdPersonPattern(org) : undefined).map((h) => h.mark);
const weight = (text: string, org?: string[]) => registerWeight(findRegister(text, org ? thirdPersonPattern(org) : undefined));

describe('press-release register', () => {
  it.each([
    ['UTRECHT, 3 maart 2026 – De stad opent een museum.', 'dateline'],
    ['NEWCASTLE UPON TYNE, 8 September 2026 — Acme today opened a depot.', 'dateline'],
    ['HOEVELDE, Belgium, 6 November 2026 – The hospital joined a consortium.', 'dateline'],
    ['PERSBERICHT', 'header'],
    ['For Immediate Release', 'header'],
    ['Over gemeente Dalzicht\nDalzicht is een gemeente.', 'boilerplate'],
    ['About Acme Energy\nAcme supplies power.', 'boilerplate'],
    ['Noot voor de redactie (niet voor publicatie)', 'editors-note'],
    ['Notes to editors\nImages on request.', 'editors-note'],
    ['Media contact: press@example.org\n\n###', 'editors-note'],
    ['"Een mooie dag," aldus wethouder Jansen.', 'quote'],
    ['"A landmark deal," said Helen Forsyth, Chief Commercial Officer.', 'quote'],
    ["'Het zachte najaar speelt mee,' aldus bedrijfsleider Ria Mulder.", 'quote'],
    ['Acme today announced a new plant.', 'third-person'],
  ])('finds the mark in %j', (text, mark) => {
    expect(marks(text)).toContain(mark);
  });

  it('finds the organisation in the third person', () => {
    expect(marks('De gemeente Dalzicht heeft vandaag een akkoord gesloten.', ['Gemeente Dalzicht', 'Dalzicht'])).toContain('third-person');
    expect(marks('Zorgnet Schelde investeert vier miljoen in robots.', ['Zorgnet Schelde'])).toContain('third-person');
    expect(marks('Ik werk graag bij Zorgnet Schelde.', ['Zorgnet Schelde'])).not.toContain('third-person');
    // After a dateline's dash, with the short name in brackets.
    expect(marks('ZUTPHEN – Afvalbeheer Noord (AN) heeft in oktober 9.000 kilo ingenomen.', ['Afvalbeheer Noord', 'AN'])).toContain('third-person');
    expect(marks('ZUTPHEN – Afvalbeheer Noord (ANZ) heeft in oktober 9.000 kilo ingenomen.', ['Afvalbeheer Noord'])).toContain('third-person');
    // An apostrophe is no closing quote: "the drivers' said" has no quote before it.
    expect(marks("The kids' said goodbye to Tom.")).not.toContain('quote');
  });

  it.each([
    'Over de fietsen zijn we er nog niet uit. Wat vinden jullie?',
    'About me: engineer, cyclist, bad cook.',
    'Mijn buurvrouw zei: "Eindelijk een bankje!" Dat vond ik mooi.',
    'LET OP: morgen is de Stadswinkel dicht.',
    'Het persbericht staat online, maar dit is wat het voor jou betekent.',
    'Today I learned how a heat pump defrosts. Ask me anything!',
    'About HomeFlex\nI ran the trial, and the families taught us more than the data did.',
  ])('stays below the register in %j', (text) => {
    expect(weight(text, ['Gemeente Dalzicht', 'Acme'])).toBeLessThan(2);
  });

  it('counts each kind of mark once', () => {
    const quotes = '"Ja," zegt Anna. "Nee," zegt Bram. "Misschien," zegt Cor.';
    expect(weight(quotes)).toBe(1);
  });
});
