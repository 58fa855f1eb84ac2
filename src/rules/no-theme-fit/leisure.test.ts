import { describe, expect, it } from 'vitest';
import { leisureSpans } from './leisure';

const words = (text: string) => leisureSpans(text).map((s) => text.slice(s.start, s.end).toLowerCase());

describe('leisureSpans', () => {
  it('finds snacks, TV contests, matches and favourite polls in both languages', () => {
    expect(words('Welke frietsaus wint? Stem in onze stories!')).toEqual(['frietsaus', 'stem in onze stories']);
    expect(words('Wie kijkt er mee naar het Songfestival?')).toEqual(['songfestival']);
    expect(words('Who else is glued to the Bake Off final tonight?')).toContain('bake off');
    expect(words('What a match! That penalty 😍')).toEqual(['what a match', 'penalty']);
  });
  it('does not read work words as leisure', () => {
    expect(words('De finale planning van de renovatie is klaar.')).toEqual([]);
    expect(words('Our heat pump tariff explained in three steps.')).toEqual([]);
    expect(words('Burgerpanel: denk mee over de begroting.')).toEqual([]);
    expect(words('Tijdens de kerstvakantie is de ticketbalie gesloten; muziek van Fanfare Kolhorst op het havenfeest.')).toEqual([]);
    expect(words('The desk is closed over half-term, and the Colliery Band plays at the gala.')).toEqual([]);
    expect(words('Tumble dry on low with two clean tennis balls to break up the clumps.')).toEqual([]);
    // Words a notice about the organisation's own work uses.
    for (const notice of [
      'Bij de renovatie krijgen de woningen nieuwe ramen met dubbel glas.',
      'Verhuisd? Geef je nieuwe adres binnen vijf dagen door aan de gemeente.',
      'Our greenhouse gas emissions fell by 12% last year.',
      'Full album of photos from the open day is on our Facebook page.',
      'Het griepvaccin is nu ook beschikbaar voor de leeftijdscategorie 60 tot 70 jaar.',
      'Deze week op het podium: Hamlet door Toneelgroep Noord.',
      'Picnic tables on the main lawn have been replaced.',
      'The time trial on the A65 means the road is closed from 6am.',
      'Moving house? Our mortgage advisers can help you port your mortgage.',
      'Kleine klussen in het buurthuis doen onze vrijwilligers graag.',
    ]) expect(words(notice), notice).toEqual([]);
  });
});

describe('leisure words the pack itself uses', () => {
  it('are the organisation\'s work, not free time', async () => {
    const { analyse, compilePack } = await import('../../coach-engine');
    const { testPack } = await import('../../../tests/helpers/test-pack');
    const post = 'Bowling is back at Holmbeck from Monday: six lanes, shoes included.';
    const rules = (keywords: string[]) =>
      analyse({ text: post, lang: 'en' }, compilePack(testPack({ themes: [{ id: 'sport', title: { en: 'Sport for everyone' }, keywords: { en: keywords } }] }))).findings.map((f) => f.rule);
    expect(rules(['bowling', 'swimming'])).not.toContain('no-theme-fit');
    expect(rules(['swimming', 'lessons'])).toContain('no-theme-fit');
  });
});
