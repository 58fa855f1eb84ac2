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
