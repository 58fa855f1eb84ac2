// Dutch ways of speaking for the organisation. Every entry has an example that a test walks
// (frames in on-behalf.test.ts, words in rules/phrase-data.test.ts).
import type { PhraseEntry } from '../../engine/nlp/phrase-data';
import type { FrameEntry } from './types';

/** Nouns that stand for an organisation. */
export const orgNouns: PhraseEntry[] = [
  { phrase: 'gemeente', example: 'Namens de gemeente wil ik iedereen bedanken.' },
  { phrase: 'ziekenhuis', example: 'Wij als ziekenhuis betreuren dit besluit.' },
  { phrase: 'ziekenhuizen', example: 'Namens alle ziekenhuizen in de regio: dit kan zo niet.' },
  { phrase: 'bedrijf', example: 'Namens het bedrijf kan ik zeggen dat de fabriek sluit.' },
  { phrase: 'organisatie', example: 'Namens de organisatie: we gaan hiermee door.' },
  { phrase: 'directie', example: 'Namens de directie laat ik weten dat er niets verandert.' },
  { phrase: 'bestuur', example: 'Namens het bestuur: de fusie gaat door.' },
  { phrase: 'college', example: 'Namens het college kan ik zeggen dat het plan doorgaat.' },
  { phrase: 'werkgever', example: 'Ik spreek nu namens mijn werkgever.' },
  { phrase: 'netwerk', example: 'Namens ons netwerk: wij steunen dit niet.' },
  { phrase: 'onderneming', example: 'Namens de onderneming bevestig ik de overname.' },
  { phrase: 'stichting', example: 'Namens de stichting zeg ik: dit klopt niet.' },
  { phrase: 'instelling', example: 'Namens onze instelling reageer ik op het bericht.' },
];

/** Verbs of taking a position as the organisation. */
export const stances: PhraseEntry[] = [
  { phrase: 'veroordelen', example: 'Wij als ziekenhuis veroordelen de plannen.' },
  { phrase: 'steunen', example: 'Wij als gemeente steunen deze actie niet.' },
  { phrase: 'eisen', example: 'Wij als bedrijf eisen excuses.' },
  { phrase: 'vinden', example: 'Wij als organisatie vinden dit onacceptabel.' },
  { phrase: 'roepen', example: 'Wij als gemeente roepen de minister op.' },
  { phrase: 'nemen afstand', example: 'Wij als bedrijf nemen afstand van die uitspraak.' },
  { phrase: 'staan achter', example: 'Wij als directie staan achter de staking.' },
  { phrase: 'keuren', example: 'Wij als organisatie keuren dit af.' },
  { phrase: 'distantiëren', example: 'Wij als stichting distantiëren ons van dit bericht.' },
  { phrase: 'betreuren', example: 'Wij als ziekenhuis betreuren het besluit.' },
  { phrase: 'verwerpen', example: 'Wij als bestuur verwerpen dit voorstel.' },
  { phrase: 'protesteren', example: 'Wij als gemeente protesteren tegen de bezuiniging.' },
];

export const frames: FrameEntry[] = [
  { frame: '\\bnamens\\s(?:de\\s|het\\s|onze?\\s|ons\\s|mijn\\s|heel\\s)?{org}', example: 'Namens de gemeente wil ik zeggen dat we dit besluit niet terugdraaien.' },
  { frame: '\\b(?:ons\\s|het\\s)?(?:officiële|officieel)\\s(?:standpunt|reactie|verklaring)\\b', example: 'Het officiële standpunt is dat de sluiting gewoon doorgaat.' },
  { frame: '\\b(?:wij|we)\\s?,?\\sals\\s{org}\\s?,?\\s(?:[\\p{L}]+\\s){0,2}(?:{stance})\\b', example: 'Wij als ziekenhuis veroordelen de plannen van de minister.' },
];
