import { describe, expect, it } from 'vitest';
import type { Pack } from '../../engine/pack/types';
import { makeT } from '../i18n';
import { popupCatalog } from '../i18n/popup';
import { filterSections, foldText, guidelineSections } from './sections';

const pack: Pack = {
  format: 1,
  id: 'test',
  name: 'Test',
  version: '1',
  languages: ['nl', 'en'],
  guidelines: {
    why: { nl: 'Om te luisteren.', en: 'To listen.' },
    principles: [{ id: 'dialogue', title: { nl: 'Gesprek', en: 'Dialogue' }, text: { nl: 'Stel vragen.', en: 'Ask questions.' } }],
    do: [{ nl: 'Bedank anderen', en: 'Thank others' }],
    dont: ['Paste press releases'],
    contact: 'comms@example.org',
  },
  strategy: {
    themes: [{ id: 'housing', title: { nl: 'Wonen', en: 'Housing' }, description: { en: 'Affordable homes.' } }],
    reserved: [{ id: 'court', title: { nl: 'Rechtszaken', en: 'Court cases' } }],
    goals: [{ id: 'coöp', title: 'Coöperatie' }],
  },
};

describe('guidelineSections', () => {
  it('lists the filled sections in the UI language, in reading order', () => {
    const sections = guidelineSections(pack, 'en');
    expect(sections.map((s) => s.id)).toEqual(['why', 'principles', 'goals', 'themes', 'do', 'dont', 'reserved', 'contact']);
    expect(sections[1]!.items).toEqual([{ title: 'Dialogue', text: 'Ask questions.' }]);
    expect(guidelineSections(pack, 'nl')[0]!.items[0]!.text).toBe('Om te luisteren.');
  });

  it('falls back to the first language a text has', () => {
    const themes = guidelineSections(pack, 'nl').find((s) => s.id === 'themes')!;
    expect(themes.items).toEqual([{ title: 'Wonen', text: 'Affordable homes.' }]);
  });

  it('is empty for a pack without guidelines or strategy', () => {
    expect(guidelineSections({ format: 1, id: 'x', name: 'x', version: '1', languages: ['en'] }, 'en')).toEqual([]);
  });
});

describe('filterSections', () => {
  const t = makeT(popupCatalog, 'en');
  const sections = guidelineSections(pack, 'en');

  it('keeps only items holding every word', () => {
    const found = filterSections(sections, 'ASK dialog', t);
    expect(found.map((s) => s.id)).toEqual(['principles']);
  });

  it('ignores accents', () => {
    expect(foldText('Coöperatie')).toBe('cooperatie');
    expect(filterSections(sections, 'cooperatie', t).map((s) => s.id)).toEqual(['goals']);
  });

  it('keeps a whole section when its heading matches', () => {
    expect(filterSections(sections, 'spokespeople', t).map((s) => s.id)).toEqual(['reserved']);
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(filterSections(sections, '  ', t)).toBe(sections);
    expect(filterSections(sections, 'zebra', t)).toEqual([]);
  });
});
