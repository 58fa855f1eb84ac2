// Dutch medical advice in a reply: a medicine, and a change to how it is taken. Every entry has
// an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

/** Medicines, also as the tail of a compound ("bloeddrukpillen", "pijnstillers"). */
export const medicines: PhraseEntry[] = [
  { phrase: '\\p{L}{0,20}(?:pillen|pil)', example: 'Ik zou je bloeddrukpillen halveren.' },
  { phrase: '\\p{L}{0,20}(?:tabletten|tablet)', example: 'Stop maar met die slaaptabletten.' },
  { phrase: 'medicatie', example: 'Verlaag je medicatie tot je beter slaapt.' },
  { phrase: 'medicijnen|medicijn', example: 'Stop gerust met die medicijnen.' },
  { phrase: 'dosis', example: 'Verdubbel de dosis maar.' },
  { phrase: '\\p{L}{0,20}(?:stillers|remmers)', example: 'Je mag de pijnstillers gerust verhogen.' },
  { phrase: 'antibiotica', example: 'Stop met de antibiotica als je je beter voelt.' },
  { phrase: 'insuline', example: 'Verhoog je insuline een beetje.' },
  { phrase: 'puffer|puf', example: 'Neem gerust een extra puf.' },
  { phrase: 'druppels', example: 'Halveer die druppels voorlopig.' },
  { phrase: 'siroop', example: 'Verdubbel de siroop bij hoesten.' },
];

/** Changing a dose up or down, stopping, or taking extra: advice only the own doctor may give. */
export const changes: PhraseEntry[] = [
  { phrase: 'halveer|halveren|halve', example: 'Ik zou je bloeddrukpillen halveren.' },
  { phrase: 'verdubbel|verdubbelen', example: 'Verdubbel de dosis maar.' },
  { phrase: 'verhoog|verhogen', example: 'Je mag de pijnstillers gerust verhogen.' },
  { phrase: 'verlaag|verlagen', example: 'Verlaag je medicatie tot je beter slaapt.' },
  { phrase: 'afbouwen', example: 'Die slaappillen kun je zelf afbouwen.' },
  { phrase: 'stop met|stoppen met', example: 'Stop met de antibiotica als je je beter voelt.' },
  { phrase: 'minder innemen', example: 'Je kunt die tabletten beter minder innemen.' },
  { phrase: 'neem (?:gerust |maar |best )?(?:een )?extra', example: 'Neem gerust een extra puf.' },
];
