// Dutch ways a post says itself that it is internal. Lower-case lexicon fragments (see
// engine/nlp/phrases.ts); every entry has an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const markers: PhraseEntry[] = [
  { phrase: '(?:strikt\\s)?vertrouwelijk', example: 'Strikt vertrouwelijk, maar de nieuwe huisstijl is prachtig.' },
  { phrase: 'intern (?:document|stuk|memo)', example: 'Dit is een intern stuk, dus even onder ons.' },
  { phrase: 'interne (?:notitie|memo|mail)', example: 'Volgens een interne memo verhuizen we in mei.' },
  { phrase: 'alleen voor intern gebruik', example: 'Alleen voor intern gebruik: de planning voor volgend jaar.' },
  { phrase: '(?:dit|deze (?:info|informatie|cijfers|tekst|plannen))\\s(?:nog\\s)?niet (?:delen|doorsturen)', example: 'Deze cijfers nog niet delen hoor, maar het ziet er goed uit.' },
  { phrase: 'niet (?:extern|verder) (?:delen|verspreiden)', example: 'Graag niet extern delen, het plan is nog niet rond.' },
  { phrase: 'deel dit (?:nog\\s)?niet', example: 'Deel dit nog niet, maar we openen een tweede vestiging.' },
  { phrase: 'niet doorvertellen', example: 'Niet doorvertellen: de directeur stopt ermee.' },
  { phrase: 'onder embargo', example: 'Het rapport ligt onder embargo tot maandag.' },
  { phrase: 'embargo tot', example: 'Embargo tot donderdag 10 uur, maar hier alvast de kern.' },
  { phrase: 'mag nog niet naar buiten', example: 'Dit mag nog niet naar buiten, maar we krijgen de subsidie.' },
  { phrase: 'nog niet openbaar', example: 'Het is nog niet openbaar, maar de fusie gaat door.' },
  { phrase: 'tussen ons gezegd', example: 'Tussen ons gezegd: de reorganisatie wordt groter dan iedereen denkt.' },
];
