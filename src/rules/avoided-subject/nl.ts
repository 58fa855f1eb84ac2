// Nederlandse tekens dat een bericht over één persoon gaat: een onderwerp dat iemands eigen zaak
// is ("de terugbetaling van één klant") komt pas ter sprake als er iemand in het bericht staat.
// Elk item heeft een voorbeeld dat src/rules/phrase-data.test.ts nagaat.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const onePerson: PhraseEntry[] = [
  { phrase: '(?:een|één|die|deze|dat|dit) (?:klant|bezoeker|bezoekster|lid|reiziger|reizigster|gast|mevrouw|meneer|man|vrouw|meisje|jongen|mama|papa|gezin|bewoner|huurder|patiënt|student|leerling)', example: 'Vandaag stond er een mevrouw aan de kassa die al zes weken op haar terugbetaling wacht.' },
  { phrase: '(?:zijn|haar|hun) (?:eigen )?(?:terugbetaling|klacht|boete|bestelling|abonnement|gevonden voorwerp|dossier|zaak)', example: 'Ze belde twee keer over haar terugbetaling voor iemand terugbelde.' },
];

/**
 * De titel of omschrijving van een onderwerp die er iemands eigen zaak van maakt: "zaken van één
 * klant", "individuele reizigers". Niet "bepaalde routes" of "advies over iemands eigen
 * huisdier", die over iedereen gaan.
 */
export const oneCaseSubjects: PhraseEntry[] = [
  { phrase: '(?:individuele|één|een enkele|afzonderlijke) (?:klant|klanten|lid|leden|reiziger|reizigers|bezoeker|bezoekers|inwoner|inwoners|bewoner|bewoners|huurder|huurders|patiënt|patiënten|student|studenten|leerling|leerlingen|persoon|personen|abonnee|abonnees)', example: 'De boete of klacht van één reiziger bespreken we niet in het openbaar.' },
];
