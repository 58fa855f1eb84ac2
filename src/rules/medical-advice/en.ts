// English medical advice in a reply: a medicine, and a change to how it is taken. Every entry
// has an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

/** Medicines, also with a word in front ("blood pressure pills", "anti-inflammatories"). */
export const medicines: PhraseEntry[] = [
  { phrase: '\\p{L}{0,20}pills', example: 'I would halve those blood pressure pills.' },
  { phrase: 'tablets', example: 'Just stop taking the tablets until you see your GP.' },
  { phrase: 'medication', example: 'Reduce your medication for a week.' },
  { phrase: 'dose|dosage', example: 'Double the dose if it still hurts.' },
  { phrase: 'painkillers', example: 'Increase the painkillers to four a day.' },
  { phrase: '\\p{L}{0,20}inflammatories', example: 'Take an extra anti-inflammatories tablet.' },
  { phrase: 'antibiotics', example: 'Stop taking the antibiotics once you feel better.' },
  { phrase: 'insulin', example: 'Lower your insulin a little tonight.' },
  { phrase: 'inhaler', example: 'Take an extra puff of the inhaler.' },
  { phrase: 'drops', example: 'Cut down the drops to once a day.' },
  { phrase: 'ibuprofen|paracetamol', example: 'Double the ibuprofen for now.' },
];

/** Changing a dose up or down, stopping, or taking extra: advice only the own doctor may give. */
export const changes: PhraseEntry[] = [
  { phrase: 'double', example: 'Double the dose if it still hurts.' },
  { phrase: 'increase|raise', example: 'Increase the painkillers to four a day.' },
  { phrase: 'lower|reduce', example: 'Reduce your medication for a week.' },
  { phrase: 'stop taking', example: 'Just stop taking the tablets until you see your GP.' },
  { phrase: 'cut down', example: 'Cut down the drops to once a day.' },
  { phrase: 'take (?:an )?extra', example: 'Take an extra puff of the inhaler.' },
  { phrase: 'halve', example: 'I would halve those blood pressure pills.' },
];
