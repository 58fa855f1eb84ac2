import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../coach-engine';

// A pack as people write it: a reserved subject with three keywords and a plain description.
const pack: Pack = {
  format: 1,
  id: 'test',
  name: 'Test',
  version: '1',
  languages: ['nl', 'en'],
  strategy: {
    themes: [{ id: 'zorg', title: 'Zorg dichtbij', description: 'Zorg en patiënten in de buurt.', keywords: { nl: ['zorg', 'wijkverpleging'] } }],
    reserved: [
      {
        id: 'juridisch',
        title: { nl: 'Klachten en rechtszaken', en: 'Complaints and lawsuits' },
        description: { nl: 'Schadeclaims, klachten bij de ombudsdienst en rechtszaken: alleen de woordvoerder reageert, ook over zorg.', en: 'Damage claims, complaints and lawsuits: only the spokesperson comments.' },
        keywords: { nl: ['advocaat', 'vonnis', 'dagvaarding'], en: ['lawyer'] },
      },
    ],
  },
};
const compiled = compilePack(pack);
const rules = (text: string) => analyse({ text, lang: 'nl' }, compiled).findings.map((f) => f.rule);

describe('a subject named by the words of its title and description', () => {
  it('is recognised without a keyword when two of its words appear', () => {
    expect(rules('Wij hebben de schadeclaims en rechtszaken van vorig jaar netjes afgehandeld, dat kan ik u verzekeren.')).toContain('reserved-subject');
  });

  it('needs more than one such word', () => {
    expect(rules('Wij hebben de klachten over het parkeren gelezen en passen de borden aan.')).not.toContain('reserved-subject');
  });

  it('leaves out words the pack also uses for its themes', () => {
    // "zorg" is in the description, but also the theme's own word: it tells nothing apart.
    expect(rules('Wij geven zorg in de wijk, en de klachten van vorige maand hebben we opgelost.')).not.toContain('reserved-subject');
  });
});

// A pack written with few words: a subject to avoid and a reserved one, each with two keywords.
const thin: Pack = {
  format: 1,
  id: 'thin',
  name: 'Thin',
  version: '1',
  languages: ['nl', 'en'],
  organisation: { name: 'Bib Noorderkwartier' },
  strategy: {
    themes: [{ id: 'lezen', title: { nl: 'Leesplezier', en: 'Reading for pleasure' }, keywords: { nl: ['voorlezen', 'boeken'], en: ['books', 'reading'] } }],
    avoid: [{ id: 'politiek', title: { nl: 'Politiek', en: 'Politics' }, keywords: { nl: ['verkiezingen', 'coalitie'], en: ['election', 'coalition'] } }],
    reserved: [{ id: 'juridisch', title: { nl: 'Rechtszaken', en: 'Lawsuits' }, keywords: { nl: ['advocaat'], en: ['lawyer'] } }],
  },
};
const thinCompiled = compilePack(thin);
const thinRules = (text: string, lang: 'nl' | 'en') => analyse({ text, lang }, thinCompiled).findings.map((f) => f.rule);

describe('a subject that speaks of a common family of subjects (legal cases, politics, …)', () => {
  it('is named by a strong word of the family that the pack never wrote', () => {
    expect(thinRules('Wij hebben gisteren bij de rechtbank gelijk gekregen, de tegenpartij kan het vergeten.', 'nl')).toContain('reserved-subject');
    expect(thinRules('We won the lawsuit yesterday and I can tell you the other side is furious.', 'en')).toContain('reserved-subject');
  });

  it('needs two of the family’s ordinary words', () => {
    expect(thinRules('Our reading club met in the court room of the old town hall.', 'en')).not.toContain('avoided-subject');
    expect(thinRules('The minister and half the government should resign over this.', 'en')).toContain('avoided-subject');
  });

  it('finds a Dutch compound by its last part', () => {
    expect(thinRules('Na de gemeenteraadsverkiezingen gaat de nieuwe meerderheid eindelijk iets doen.', 'nl')).toContain('avoided-subject');
  });

  it('does not take a word for a strong one because it shares a stem', () => {
    // "earns" stems like "earnings", a strong finance word; a pack reserving results is not named.
    const finance = compilePack({ ...thin, strategy: { ...thin.strategy, reserved: [{ id: 'cijfers', title: { en: 'Financial results' }, keywords: { en: ['annual results', 'profit'] } }] } } as Pack);
    expect(analyse({ text: 'Our battery earns its keep: we learned a lot running it next to the solar park.', lang: 'en' }, finance).findings.map((f) => f.rule)).not.toContain('reserved-subject');
  });

  it('leaves a family alone when the subject does not speak of it', () => {
    expect(thinRules('De staking bij de bus duurt voort, dus wij lezen vandaag voor in de bib.', 'nl')).not.toContain('avoided-subject');
  });

  it('does not count a family word the pack uses for its themes', () => {
    const elections = compilePack({
      ...thin,
      strategy: { ...thin.strategy, themes: [...thin.strategy!.themes!, { id: 'stemmen', title: { nl: 'Stemmen in de bib' }, description: { nl: 'Bij verkiezingen is de bib een stembureau.' }, keywords: { nl: ['stembureau'] } }], avoid: [{ id: 'politiek', title: { nl: 'Partijpolitiek' }, keywords: { nl: ['coalitie', 'oppositie'] } }] },
    } as Pack);
    expect(analyse({ text: 'Woensdag zijn er verkiezingen: de bib in Noordwijk is die dag stembureau.', lang: 'nl' }, elections).findings.map((f) => f.rule)).not.toContain('avoided-subject');
  });
});

describe('a name in a subject’s description', () => {
  const named = compilePack({
    ...thin,
    strategy: {
      themes: [{ id: 'reizen', title: { en: 'Reliable buses' }, keywords: { en: ['bus', 'timetable'] } }],
      reserved: [{ id: 'pers', title: { en: 'Press-office subjects' }, description: { en: 'Legal cases such as the Kestrel Point depot inquiry, and fare changes.' }, keywords: { en: ['planning inquiry'] } }],
    },
  } as Pack);
  const rulesOf = (text: string) => analyse({ text, lang: 'en' }, named).findings.map((f) => f.rule);

  it('counts as one word, so a post about the place alone does not name the subject', () => {
    expect(rulesOf('We repainted the shelter at the Kestrel Point stop this week. Looks smart!')).not.toContain('reserved-subject');
  });

  it('still names the subject together with another of its words', () => {
    expect(rulesOf('Looks like the Kestrel Point inquiry is going our way, I think we have won.')).toContain('reserved-subject');
  });
});
