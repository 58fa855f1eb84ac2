// Nederlandse tekens dat een bericht over één persoon gaat: een onderwerp dat iemands eigen zaak
// is ("de terugbetaling van één klant") komt pas ter sprake als er iemand in het bericht staat.
// Elk item heeft een voorbeeld dat src/rules/phrase-data.test.ts nagaat.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const onePerson: PhraseEntry[] = [
  { phrase: '(?:een|één|die|deze|dat|dit) (?:klant|bezoeker|bezoekster|lid|reiziger|reizigster|gast|mevrouw|meneer|man|vrouw|meisje|jongen|mama|papa|gezin|bewoner|huurder|patiënt|student|leerling)', example: 'Vandaag stond er een mevrouw aan de kassa die al zes weken op haar terugbetaling wacht.' },
  { phrase: '(?:zijn|haar|hun) (?:eigen )?(?:terugbetaling|klacht|boete|bestelling|abonnement|gevonden voorwerp|dossier|zaak)', example: 'Ze belde twee keer over haar terugbetaling voor iemand terugbelde.' },
];
