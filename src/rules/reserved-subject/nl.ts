// Dutch words that name a subject to say it did not happen ("geen enkel ongeval"). Every entry
// has an example that a test walks: the subject after the colon in the example is negated.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

/** Before the subject, with up to two words in between. */
export const negationsBefore: PhraseEntry[] = [
  { phrase: 'geen', example: 'Geen enkel ongeval dit kwartaal.' },
  { phrase: 'zonder', example: 'Een jaar zonder één incident op de werf.' },
  { phrase: 'nul', example: 'Nul incidenten in driehonderd dagen.' },
  { phrase: 'nooit', example: 'Nooit een ongeval gehad op deze werf.' },
];

/** Right after the subject: "incidentvrij", "ongevalvrije". */
export const negationsAfter: PhraseEntry[] = [
  { phrase: 'vrij|vrije', example: 'Weer een ongevallen-vrije winter.' },
];

/**
 * Na het onderwerp, met hooguit "en …" ertussen: het woord hoort bij de naam van een dienst, niet
 * bij de zaak ("Brandweer Zone Rivierenland"). Nederlands schrijft de meeste namen aaneen
 * ("politiebureau", "hulpdiensten"), dus de lijst is kort.
 */
export const institutionHeads: PhraseEntry[] = [
  { phrase: 'zone', example: 'De brandweer zone Rivierenland gaf uitleg over rookmelders.' },
];

/**
 * Het bericht geeft door wat de woordvoerders zeiden ("Verklaring van onze persdienst: …"): de ene
 * stem waar de strategie om vraagt, doorgegeven, geen nieuwe uitspraak over het onderwerp. Alleen
 * waar een zin of regel ermee opent en een dubbele punt volgt (negated.ts).
 */
export const officialLine: PhraseEntry[] = [
  { phrase: '(?:verklaring|update|bericht) (?:van|namens) (?:onze|de) (?:woordvoerder|woordvoerster|persdienst|persvoorlichter|communicatieafdeling|directie|directeur)', example: 'Verklaring van onze woordvoerder: de storing is verholpen en niemand is geld kwijt.' },
  { phrase: 'officiële (?:verklaring|update|mededeling)', example: 'Officiële update: alle systemen draaien weer na de storing van vanochtend.' },
];
