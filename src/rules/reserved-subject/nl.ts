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
 * Vlak voor het onderwerp: het onderwerp als gevaar dat je voorkomt, niet als iets dat gebeurde
 * ("de kans op brand", "in geval van brand").
 */
export const riskBefore: PhraseEntry[] = [
  { phrase: '(?:risico|kans|gevaar) (?:op|van|voor)(?: een)?', example: 'Losse batterijen geven een echte kans op brand.' },
  { phrase: 'in geval van(?: een)?|bij (?:een )?eventuele', example: 'In geval van brand neem je de trap.' },
];

/**
 * Na het onderwerp, als het gevaar kan ontstaan of voorkomen moet worden: "kan een brand
 * veroorzaken", "om ongevallen te voorkomen". Telt alleen met een hulpwerkwoord of "om" ervoor
 * (negated.ts), zodat "Hoe is de brand ontstaan?" een echte brand blijft.
 */
export const riskAfter: PhraseEntry[] = [
  { phrase: 'veroorzaken|ontstaan', example: 'Een kapotte accu in de wagen kan brand veroorzaken.' },
];

/** Voor het onderwerp bij riskAfter: een hulpwerkwoord, met hooguit twee woorden ertussen. */
export const riskModal: PhraseEntry[] = [
  { phrase: 'kan|kunnen|kun|zou|zouden', example: 'Een losse batterij kan in de wagen brand veroorzaken.' },
];

/**
 * Een doel: "om ongevallen te voorkomen". "Om" telt alleen met "te voorkomen" erna, zodat "om drie
 * uur brand ontstaan" een echte brand blijft.
 */
export const riskPurpose: PhraseEntry[] = [
  { phrase: 'te (?:voorkomen|vermijden)', example: 'Om ongevallen te voorkomen rijden we stapvoets.' },
];

/**
 * Vlak voor het onderwerp: de schrijver noemt het om er niets over te zeggen, zoals de strategie
 * vraagt ("Over de uitbraak kunnen we niets zeggen" staat in declinesAfter).
 */
export const declinesBefore: PhraseEntry[] = [
  { phrase: '(?:(?:kunnen|mogen|kan|mag) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|mogen|kan|mag)) (?:hier )?(?:helaas )?(?:(?:niets|niks) (?:zeggen |kwijt |melden |vertellen )?over|geen uitspraken doen over|geen advies geven over)(?: de| het| die| dat| deze| dit| uw| je)?', example: 'Helaas kunnen we niets zeggen over de uitbraak zelf; we kunnen niets zeggen over de staking.' },
];

/** Vlak na het onderwerp: "Over de uitbraak zelf kunnen we niets zeggen". */
export const declinesAfter: PhraseEntry[] = [
  { phrase: '(?:zelf )?(?:kunnen|mogen|kan|mag) (?:we|wij|ik) (?:hier )?(?:helaas )?(?:(?:niets|niks) (?:zeggen|kwijt|melden|vertellen)|geen uitspraken doen|geen advies geven)', example: 'Over de uitbraak zelf kunnen we niets zeggen.' },
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

/** Een bericht dat eindigt met de handtekening van het serviceteam ("–webcareteam"); zie en.ts. */
export const serviceTeams: PhraseEntry[] = [
  { phrase: 'webcare(?:team)?|klantenservice|klantcontact|klantenteam|serviceteam|supportteam|servicedesk|helpdesk|webteam', example: 'Morgen zijn we gewoon open vanaf 10.00 uur. –webcareteam' },
];

/** Een vacature in haar eigen vorm: "vacature" en een oproep om te solliciteren; zie en.ts. */
export const jobAdvert: PhraseEntry[] = [
  { phrase: 'vacature[\\s\\S]{0,400}?(?:solliciteer|solliciteren kan|reageer (?:voor|vóór|uiterlijk))', example: 'Vacature: chauffeur C. Salaris volgens de cao. Solliciteren kan tot 20 december.' },
];

/** Vlak na het onderwerp: het gebeurde op de openbare weg ("een ongeval op de N337"); zie en.ts. */
export const onTheRoad: PhraseEntry[] = [
  { phrase: '(?:op|bij) de (?:[abenr]\\d{1,4}|ring|ringweg|snelweg|rondweg)(?!\\p{L}|\\p{N})', example: 'De wagen stond vast in de file door een ongeval op de N337.' },
];

/** Het bericht wijst naar waar de prijs gepubliceerd staat; zie en.ts. */
export const publishedAt: PhraseEntry[] = [
  { phrase: '(?:staat|staan|vind je|vindt u|lees je) (?:\\S+ ){0,2}op (?:onze|de) (?:website|site|tarievenpagina|prijslijst)|(?:kijk|zie) op (?:onze|de) (?:website|site|tarievenpagina)', example: 'Het bedrag van dit jaar staat op onze website.' },
];

/** Het trefwoord in een andere betekenis, het trefwoord inbegrepen ("speelde de minister"); zie en.ts. */
export const otherSenses: PhraseEntry[] = [
  { phrase: '(?:speelt|speelde|spelen|speelden|kruipt|kroop)(?: in)?(?: de rol van)?(?: de)? (?:minister|premier|burgemeester|wethouder|koning|koningin|rechter)', example: 'Een leerling speelde de minister van Buitenlandse Zaken van Chili.' },
];
