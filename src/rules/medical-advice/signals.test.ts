import { describe, expect, it } from 'vitest';
import { medicalAdviceSpans } from './signals';

describe('medical advice', () => {
  it('sees personal dosage advice, not general health information', () => {
    expect(medicalAdviceSpans('Met die klachten zou ik je bloeddrukpillen halveren.')).toHaveLength(1);
    expect(medicalAdviceSpans('Just stop taking the tablets until you see your GP.')).toHaveLength(1);
    expect(medicalAdviceSpans('Neem je medicatie mee naar je afspraak.')).toEqual([]);
    expect(medicalAdviceSpans('Antibiotica werken niet tegen een verkoudheid.')).toEqual([]);
  });

  it('sees a dose raised, lowered or topped up', () => {
    expect(medicalAdviceSpans('U mag de dosis pijnstillers gerust verhogen naar vier per dag.')).toHaveLength(1);
    expect(medicalAdviceSpans('You can increase your dose of painkillers over the weekend.')).toHaveLength(1);
    expect(medicalAdviceSpans('Neem gerust een extra puf van je inhaler.')).toHaveLength(1);
    expect(medicalAdviceSpans('De apotheker legt uit hoe je de juiste dosis kiest.')).toEqual([]);
  });

});
