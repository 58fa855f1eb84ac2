import { describe, expect, it } from 'vitest';
import { isNegated } from './negated';

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
