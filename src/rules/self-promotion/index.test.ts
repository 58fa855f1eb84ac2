import { describe, expect, it } from 'vitest';
import { analyse, compilePack } from '../../coach-engine';

const bare = compilePack({ format: 1, id: 'bare', name: 'Bare', version: '1', languages: ['nl', 'en'] });

describe('self-promotion report', () => {
  it('scores promotion and names the boasting words', () => {
    const text = 'Wij zijn de beste bakkerij van de regio! Bestel nu met 10% korting.';
    const report = analyse({ text }, bare);
    const finding = report.findings.find((f) => f.rule === 'self-promotion')!;
    expect(finding.spans.map((s) => text.slice(s.start, s.end))).toEqual(expect.arrayContaining(['beste bakkerij van de regio', '10% korting']));
    expect(report.scores.promotion).toBeGreaterThan(0.6);
    expect(analyse({ text: 'Welke plek in jouw buurt is aan de beurt?' }, bare).scores.promotion).toBeLessThan(0.1);
  });

  it('does not flag a modest result that credits others', () => {
    const report = analyse({ text: 'Kleine stap: we wonnen een prijs voor de bibliotheek. Dank aan de vrijwilligers die elke zaterdag klaarstaan.' }, bare);
    expect(report.findings.map((f) => f.rule)).not.toContain('self-promotion');
  });

  it('suggests dropping the sales call on a sales pitch', () => {
    const finding = analyse({ text: 'Spring sale: 25% off when you book now!' }, bare).findings.find((f) => f.rule === 'self-promotion')!;
    expect(finding.suggestion).toMatch(/buy-now/);
  });
});

describe('a release with a superlative quote', () => {
  // Written for this test: a release whose only boast is the alderman's quote.
  const RELEASE = `PERSBERICHT\n\nBibliotheek Dalzicht verlengt openingstijden in vier wijken vanaf januari\n\nDALZICHT, 3 november 2026 – Gemeente Dalzicht en de bibliotheek breiden vanaf maandag 5 januari de openingstijden uit in Sluisdorp, De Weide, Oosthaven en het centrum. De vestigingen gaan op dinsdag- en donderdagavond open tot 21.00 uur, en op zaterdag van 10.00 tot 17.00 uur. Het gaat om een proef van twaalf maanden, betaald uit het budget voor leesbevordering.\n\n"Met deze avonden hebben we straks de beste bibliotheek van het land," aldus wethouder Van Rijn.\n\nIn de proef worden bezoekersaantallen per avond geteld. In het najaar van 2027 besluit de gemeenteraad of de ruimere tijden blijven. Scholen en verenigingen kunnen de zalen 's avonds gratis reserveren via de balie.\n\nOver Bibliotheek Dalzicht\nBibliotheek Dalzicht heeft vier vestigingen en een bibbus. Jaarlijks komen er ruim 300.000 bezoekers.\n\nNoot voor de redactie: voor meer informatie kunt u contact opnemen met de persdienst van de gemeente.\n`;
  const dalzicht = async () => {
    const { readFileSync } = await import('node:fs');
    return compilePack(JSON.parse(readFileSync('packs/gemeente-dalzicht.json', 'utf8')));
  };
  it('is self-promotion however long the release around the quote', async () => {
    const report = analyse({ text: RELEASE }, await dalzicht());
    const finding = report.findings.find((f) => f.rule === 'self-promotion');
    expect(finding).toBeDefined();
    expect(finding!.spans.map((s) => RELEASE.slice(s.start, s.end)).join(' ')).toMatch(/beste bibliotheek/);
  });
  it('is not, once the quote is modest', async () => {
    const modest = RELEASE.replace('straks de beste bibliotheek van het land', 'hopelijk meer ruimte voor wie overdag werkt');
    expect(analyse({ text: modest }, await dalzicht()).findings.map((f) => f.rule)).not.toContain('self-promotion');
  });
});

describe('a word that is a boast only on its own', () => {
  it('takes "record" as a boast, but not "record-keeping"', () => {
    const rules = (text: string) => analyse({ text }, bare).findings.map((f) => f.rule);
    expect(rules('Recordaantal bezoekers! Een record voor onze open dag, de beste ooit.')).toContain('self-promotion');
    expect(rules('We give record-keeping workshops to all 21 clubs in the county. Which topic should come first?')).not.toContain('self-promotion');
  });
});
