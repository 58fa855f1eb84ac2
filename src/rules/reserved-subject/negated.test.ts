import { describe, expect, it } from 'vitest';
import { isNegated, namesInstitution } from './negated';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return isNegated(text, { start, end: start + word.length });
};

describe('isNegated', () => {
  it('sees a subject named to say it did not happen', () => {
    expect(at('Zero incidents in 300 days offshore.', 'incidents')).toBe(true);
    expect(at('Not a single accident all season.', 'accident')).toBe(true);
    expect(at('Een jaar zonder één incident op de werf.', 'incident')).toBe(true);
    expect(at('Geen enkel ongeval dit kwartaal.', 'ongeval')).toBe(true);
    expect(at('Another incident-free winter.', 'incident')).toBe(true);
  });
  it('leaves a real mention alone', () => {
    expect(at('There was an incident at the substation last night.', 'incident')).toBe(false);
    expect(at('Het incident van gisteren wordt onderzocht.', 'incident')).toBe(false);
    expect(at('No comment yet, but the outage on the east coast was caused by a cable fault.', 'outage')).toBe(false);
  });
});

describe('namesInstitution', () => {
  const named = (text: string, word: string) => {
    const start = text.indexOf(word);
    return namesInstitution(text, { start, end: start + word.length });
  };
  it('sees a subject word that is part of a service\'s name', () => {
    expect(named('We sat down with the council and the fire and rescue service to redraw the map.', 'fire')).toBe(true);
    expect(named('The new bike racks are opposite the police station.', 'police')).toBe(true);
    expect(named('De brandweer zone Rivierenland gaf uitleg over rookmelders.', 'brandweer')).toBe(true);
  });
  it('leaves the matter itself alone', () => {
    expect(named('There was a fire in the chemistry labs this morning.', 'fire')).toBe(false);
    expect(named('The police and the council are looking into it.', 'police')).toBe(false);
    expect(named('De brand in de keuken is geblust.', 'brand')).toBe(false);
  });
});

describe('relaysOfficialLine', () => {
  it('sees a post that opens with the spokespeople\'s statement', async () => {
    const { relaysOfficialLine } = await import('./negated');
    const en = await import('./en');
    const nl = await import('./nl');
    for (const e of [...en.officialLine, ...nl.officialLine]) expect(relaysOfficialLine(e.example), e.example).toBe(true);
    expect(relaysOfficialLine('📢 Official update: the lifts are working again.')).toBe(true);
    expect(relaysOfficialLine('The app is down this morning. Statement from our press office: your money is safe.')).toBe(true);
  });
  it('leaves a post that only names the press office or its statement', async () => {
    const { relaysOfficialLine } = await import('./negated');
    expect(relaysOfficialLine('No official statement yet, but the outage was ours.')).toBe(false);
    expect(relaysOfficialLine('Between us: the statement from our press office: is being written now.')).toBe(false);
  });
});
