import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../coach-engine';
import { testPack } from '../../../tests/helpers/test-pack';

const pack = (name: string) => compilePack(JSON.parse(readFileSync(path.resolve('packs', `${name}.json`), 'utf8')) as Pack);
const bare = compilePack({ format: 1, id: 'bare', name: 'Bare', version: '1', languages: ['nl', 'en'] });

describe('broadcasting report', () => {
  it('offers a question to append at the end of the post, in the post language', () => {
    const text = 'Informatieavond over de nieuwe rondweg: donderdag 5 maart om 19.30 uur. Aanmelden via onzestad.nl/rondweg  ';
    const report = analyse({ text }, bare);
    const finding = report.findings.find((f) => f.rule === 'broadcasting')!;
    expect(finding.replacement!.span).toEqual({ start: text.trimEnd().length, end: text.trimEnd().length });
    expect(finding.replacement!.text).toMatch(/^\n\n.+\?$/);
    expect(finding.suggestion).toContain(finding.replacement!.text.trim());
    expect(finding.message).toMatch(/aankondiging/);
    expect(report.scores.dialogue).toBeLessThan(0.2);
  });

  it('underlines the announcing phrases, not the whole post', () => {
    const text = 'Let op: het zwembad is maandag gesloten. Meer informatie op onzestad.nl/zwembad';
    const finding = analyse({ text }, bare).findings.find((f) => f.rule === 'broadcasting')!;
    const words = finding.spans.map((s) => text.slice(s.start, s.end));
    expect(words).toContain('Let op');
    expect(words.join('').length).toBeLessThan(text.length / 2);
  });

  it('praises a real question and credit, and scores the dialogue high', () => {
    const report = analyse({ text: 'Dank aan de vrijwilligers van zaterdag! Welke plek in jouw buurt moet de volgende keer aan de beurt komen?' }, bare);
    expect(report.findings.map((f) => f.rule)).not.toContain('broadcasting');
    expect(report.praise.map((p) => p.kind).sort()).toEqual(['credit', 'question']);
    expect(report.scores.dialogue).toBeGreaterThanOrEqual(0.5);
  });

  it('treats a reply as dialogue', () => {
    const report = analyse({ text: 'Vanaf maandag is de balie weer open, Joke. Meer info op onzestad.nl', reply: true }, bare);
    expect(report.findings.map((f) => f.rule)).not.toContain('broadcasting');
    expect(report.praise.map((p) => p.kind)).toContain('reply');
    expect(report.scores.dialogue).toBe(1);
  });

  it('builds the question from a pack theme when the announcement says little', () => {
    const report = analyse({ text: 'Onze nieuwe woonvisie staat online 👉 onzestad.nl/woonvisie #wonen #woningbouw' }, pack('gemeente-dalzicht'));
    const finding = report.findings.find((f) => f.rule === 'broadcasting')!;
    expect(finding.replacement!.text.toLowerCase()).toContain('wonen');
  });

  it('quotes the pack principle when the pack has one', () => {
    const finding = analyse({ text: 'Let op: het zwembad is maandag gesloten. Meer informatie op onzestad.nl/zwembad' }, pack('default')).findings.find((f) => f.rule === 'broadcasting')!;
    expect(finding.principle).toBe('dialogue');
  });
});

describe('suggested question', () => {
  it('follows the post in addressing readers with "u"', () => {
    const report = analyse({ text: 'Vanaf 1 december gelden nieuwe bezoekuren. Meer info voor u en uw familie op ziekenhuis.be/bezoek' }, bare);
    const finding = report.findings.find((f) => f.rule === 'broadcasting')!;
    expect(finding.replacement!.text).toMatch(/\bu\b/);
    expect(finding.replacement!.text).not.toMatch(/\b(je|jou)\b/);
  });
});

describe('a pasted release', () => {
  const RELEASE = [
    'Harbour Trust opens new seawall visitor centre',
    'PORTLEA, 4 May 2027 – Harbour Trust today opened a visitor centre on the new seawall, with a viewing deck, a tide gauge display and a classroom for school groups.',
    'Local volunteers already record storm damage along the coast through a free app. "Our volunteers see things no camera can," said Dr Ana Silva, head of coastal science. "After the storm in March, people told us they wanted to know what the wall protects, and that is what this centre shows."',
    'The centre is open daily from 10:00 to 17:00 and entry is free.',
    'About Harbour Trust',
    'Harbour Trust looks after 40 kilometres of coast between Portlea and Westhaven.',
  ].join('\n\n');
  const withRelease = compilePack(testPack(undefined, { pressReleases: [{ id: 'centre', title: 'Harbour Trust opens new seawall visitor centre', date: '2027-05-04', lang: 'en', text: RELEASE }] }));
  const rules = (text: string, compiled = withRelease) => analyse({ text, lang: 'en' }, compiled).findings.map((f) => f.rule);

  it('is one-way sending even when the pasted part reads like a caption', () => {
    const middle = RELEASE.split('\n\n')[2]!;
    expect(rules(middle)).toEqual(expect.arrayContaining(['press-release', 'broadcasting']));
  });

  it('is not made a conversation by "people told us" inside a quote', () => {
    expect(rules(RELEASE, bare)).toContain('broadcasting');
  });

  it('is one-way in its own form even when it is not the pack\'s: a header, or a dateline with a note to editors', () => {
    const other = [
      'FOR IMMEDIATE RELEASE',
      'Dune Walkers Club marks fifty years of coast path volunteering',
      'WESTHAVEN, 12 June 2027 – The Dune Walkers Club, whose members repair the coast path every weekend, celebrated its fiftieth season on Saturday with a walk from Portlea to Westhaven.',
      '###',
    ].join('\n\n');
    expect(rules(other, bare)).toContain('broadcasting');
  });

  it('still lets the writer open a real conversation around it', () => {
    expect(rules(`Which part of the coast would you like the centre to tell you more about?\n\n${RELEASE}`)).not.toContain('broadcasting');
  });
});

describe('a yes/no question that the post answers itself', () => {
  const rules = (text: string) => analyse({ text }, bare).findings.map((f) => f.rule);

  it('is a hook, also when it comes after the notice it belongs to', () => {
    expect(rules('The Kirkgate car park closes on Monday for resurfacing. Work takes two weeks. Are you coming into town by car? The Riverside car park has 300 spaces and the first hour is free.')).toContain('broadcasting');
  });

  it('is a real question when the post asks for the answer', () => {
    expect(rules('We openen in mei een nieuwe speeltuin in het park. Heb jij nog wensen voor de toestellen? Laat het ons weten in de reacties.')).not.toContain('broadcasting');
    expect(rules('Taster evening for on-call firefighters: Thursday 12 March, 19:00 at Ellerdale station. Questions about the role? Ask them here and a firefighter will answer.')).not.toContain('broadcasting');
  });
});

describe('questions that are real', () => {
  const rules = (text: string) => analyse({ text }, bare).findings.map((f) => f.rule);

  it('include one that calls its readers by name ("Teachers, …?")', () => {
    expect(rules('Our money lessons are free for 120 schools this year and nobody hands your class a leaflet. Booking: example.org/schools. Teachers, which topic is missing?')).not.toContain('broadcasting');
    expect(rules('De geldlessen zijn dit jaar gratis voor 120 scholen. Inschrijven via voorbeeld.nl/scholen. Leerkrachten, welk onderwerp ontbreekt nog?')).not.toContain('broadcasting');
  });

  it('do not include one after a word that calls nobody ("Sadly, …?", "Kortom, …?")', () => {
    expect(rules('The Mill Road bridge is closed from Monday for repairs, with a diversion via Station Road. Sadly, when will it end?')).toContain('broadcasting');
    expect(rules('De Molenbrug is vanaf maandag dicht voor herstel, met een omleiding via de Stationsweg. Kortom, wanneer houdt het op?')).toContain('broadcasting');
  });

  it('include one followed by nothing but a link', () => {
    expect(rules('Saving for a first home and not sure how big a deposit has to be? Our free evenings are for exactly that, member or not. What would you want to ask? example.org/firsthome')).not.toContain('broadcasting');
  });
});

describe('a short notice', () => {
  const rules = (text: string) => analyse({ text }, bare).findings.map((f) => f.rule);

  it('is one-way information on the strength of its notice words alone', () => {
    expect(rules('De bibliotheek in Noord verhuist vanwege de verbouwing tijdelijk naar het buurthuis.')).toContain('broadcasting');
    expect(rules('The ticket machines at the west entrance are out of action this morning. Staff at the desk can sell tickets as usual.')).toContain('broadcasting');
  });
});

describe('the organisation selling itself', () => {
  // A model that never fires on its own, so only the rule's own evidence can make it speak.
  const quiet = async () => {
    const { broadcastingRule } = await import('./index');
    const engine = await import('../../engine');
    const { SIGNALS } = await import('../../engine/signals/extract');
    const rule = broadcastingRule({ label: 'broadcasting', w: new Float64Array(SIGNALS.length).fill(0), thresholds: { gentle: 1.1, normal: 1.1, thorough: 1.1 } });
    return engine.compilePack({ format: 1, id: 'bare', name: 'Bare', version: '1', languages: ['nl', 'en'] }, [rule]);
  };
  it('is one-way when the organisation boasts in its own voice and asks nothing', async () => {
    const compiled = await quiet();
    const rules = (text: string) => analyse({ text }, compiled).findings.map((f) => f.rule);
    expect(rules('Fier om te zeggen dat we het sterkste cultuurhuis van de streek zijn. 2.300 abonnees dit seizoen!')).toContain('broadcasting');
    expect(rules('Our market-leading app, now on every farm in the county. Start your free 30-day trial today.')).toContain('broadcasting');
  });
  it('leaves the writer\'s own story, and a boast that asks readers something real', async () => {
    const compiled = await quiet();
    const rules = (text: string) => analyse({ text }, compiled).findings.map((f) => f.rule);
    expect(rules('I passed my assessment with the highest score in the cohort. Market-leading nerves, too.')).not.toContain('broadcasting');
    expect(rules('We are the leading repair shop in the valley, they say. What should we learn to fix next? Tell us below.')).not.toContain('broadcasting');
  });
});
