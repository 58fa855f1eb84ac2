// Dutch signs of a personal case: who can be recognised, what is sensitive, how a matter is
// taken out of public. Every entry has an example that a test walks.
import type { PatternEntry, PhraseEntry } from '../../engine/nlp/phrase-data';

/** Points to one identifiable person. Case matters: a title before a capitalised name. */
export const identifiers: PatternEntry[] = [
  { re: /(?<![\p{L}])(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]w\.)\s\p{Lu}/gu, example: 'Vanochtend bij mevrouw Dekker aan de keukentafel.' },
  { re: /\(\d{1,3}\)/gu, example: 'Mevrouw Claes (91) vierde haar verjaardag.' },
  { re: /(?<![\p{L}\p{N}])\d{1,3}[- ](?:jarige|jarig|jaar oud)(?![\p{L}])/giu, example: 'Een 54-jarige man kwam binnen met pijn op de borst.' },
  { re: /(?<![\p{L}])(?:kanjer|meisje|jongen|kindje|dame|heer) van \d{1,2}(?![\p{N}])/giu, example: 'Deze kanjer van 7 mocht naar huis.' },
  { re: /(?<![\p{L}])(?:kamer|bed)\s\d{1,4}(?![\p{N}])/giu, example: 'De patiënt op kamer 214 wil zijn eten.' },
  { re: /(?<![\p{L}])(?:buurman|buurvrouw|buren) van (?:jou|je|u)(?![\p{L}])|(?<![\p{L}])(?:je|jouw|uw) (?:buurman|buurvrouw|buren|bovenburen|onderburen)(?![\p{L}])/giu, example: 'Die buurman van jou krijgt een waarschuwing.' },
  { re: /(?<![\p{L}])(?:uw|je|jouw) dossier(?![\p{L}])/giu, example: 'Ik heb uw dossier bekeken: de betaling staat open.' },
  { re: /(?<![\p{L}])(?:in|naar) (?:uw|je|jouw) (?:account|klantgegevens|gegevens) (?:gekeken|bekeken)(?![\p{L}])/giu, example: 'Ik heb even in je account gekeken: je zit nog op het oude abonnement.' },
  { re: /(?<![\p{L}])kleine \p{Lu}\p{Ll}+/gu, example: 'Beterschap, kleine Lowie!' },
  // A patient said to be in a picture, or "anonymous" in the same sentence.
  { re: /(?<![\p{L}])patiënte?(?![\p{L}])[^.!?\n]{0,80}(?<![\p{L}])(?:onherkenbaar|anoniem|geanonimiseerd|achtergrond|op de foto|in beeld)(?![\p{L}])/giu, example: 'Op de foto ligt de patiënt op de achtergrond, onherkenbaar hoor.' },
];
/** Wijst naar iemands woning: een straat, een huisnummer. */
export const placeIdentifiers: PatternEntry[] = [
  { re: /(?<![\p{L}])\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|pad|dijk|kade|singel|gracht|steeg)(?![\p{L}])/gu, example: 'Het pand aan de Kanaalstraat krijgt een dwangsom.' },
  { re: /(?<![\p{L}])(?:op|van) (?:nummer|nr\.?) \d{1,4}(?![\p{N}])/giu, example: 'De familie op nummer 12 krijgt een brief.' },
];


/** The greeting of a reply that addresses the person by name: "Hoi Samira,". */
export const replyGreetings: PhraseEntry[] = [
  { phrase: 'hoi', example: 'Hoi Samira, je uitkering staat klaar.' },
  { phrase: 'hallo', example: 'Hallo Bert, dat zoeken we uit.' },
  { phrase: 'dag', example: 'Dag Anke, vervelend om te horen.' },
  { phrase: 'beste', example: 'Beste Wim, bedankt voor je bericht.' },
];

/** Taking the matter out of public: a private message, a phone call, the own doctor. */
export const privateMoves: PhraseEntry[] = [
  { phrase: 'privébericht', example: 'Stuur ons een privébericht met je adres.' },
  { phrase: 'privé-bericht', example: 'Stuur ons even een privé-bericht.' },
  { phrase: 'privé bericht', example: 'Stuur ons een privé bericht, dan kijken we mee.' },
  { phrase: 'pb', example: 'Stuur je gegevens even via pb?' },
  { phrase: "dm'en", example: "Wil je ons je klantnummer dm'en?" },
  { phrase: 'telefoonnummer', example: 'Laat je telefoonnummer achter, dan bellen we.' },
  { phrase: 'bellen we', example: 'Dan bellen we je vandaag nog.' },
  { phrase: 'belt (?:een collega|iemand|u)', example: 'Morgen belt een collega je terug.' },
  { phrase: 'niet hier', example: 'Dat bespreken we liever niet hier.' },
  { phrase: 'hier niets', example: 'Daar kunnen we hier niets over zeggen.' },
  { phrase: 'hier niet over', example: 'We kunnen hier niet over uw situatie praten.' },
  { phrase: 'ombudsdienst', example: 'Onze ombudsdienst neemt contact met u op.' },
  { phrase: 'huisarts', example: 'Uw huisarts helpt u graag verder.' },
  { phrase: 'apotheker', example: 'Vraag het gerust aan je apotheker.' },
];

/** Sensitive subjects used when a pack marks no subject of its own as personal. */
export const sensitiveWords: PhraseEntry[] = [
  { phrase: 'uitkering', example: 'Meneer Jansen, uw uitkering is stopgezet.' },
  { phrase: 'bijstand', example: 'Mevrouw Dekker leeft al jaren van de bijstand.' },
  { phrase: 'schulden', example: 'Buurman van jou heeft flinke schulden.' },
  { phrase: 'betalingsachterstand', example: 'U heeft een betalingsachterstand van drie maanden.' },
  { phrase: 'diagnose', example: 'De diagnose van meneer Peters kwam gisteren.' },
  { phrase: 'ziekte', example: 'Haar ziekte maakt werken lastig.' },
  { phrase: 'operatie', example: 'Na de operatie mocht ze naar huis.' },
  { phrase: 'opname', example: 'Zijn opname duurde drie weken.' },
  { phrase: 'dwangsom', example: 'Het pand krijgt een dwangsom.' },
  { phrase: 'boete', example: 'Meneer Visser, uw boete voor het fout parkeren blijft staan.' },
  { phrase: 'naheffing', example: 'U krijgt een naheffing omdat de aangifte te laat was.' },
  { phrase: 'toeslag(?:en)?', example: 'Mevrouw Yilmaz moet haar toeslag terugbetalen.' },
  { phrase: 'huurachterstand', example: 'De familie op nummer 12 heeft een huurachterstand.' },
  { phrase: 'schuldhulp', example: 'Hoi Kees, je aanvraag voor schuldhulp is goedgekeurd.' },
  { phrase: 'schuldsanering', example: 'Meneer Bos zit in de schuldsanering.' },
  { phrase: 'deurwaarder', example: 'Bij mevrouw Smit staat de deurwaarder al voor de deur.' },
  { phrase: 'aanmaning(?:en)?', example: 'Beste Ria, u heeft al twee aanmaningen gekregen.' },
  { phrase: 'ziekmelding', example: 'Zijn ziekmelding loopt nu drie maanden.' },
  { phrase: 'strafblad', example: 'Die buurman van jou heeft een strafblad.' },
  { phrase: 'ontruiming', example: 'De ontruiming van de woning aan de Dorpsstraat is maandag.' },
  { phrase: 'zorgindicatie', example: 'Mevrouw Peters (82) wacht nog op haar zorgindicatie.' },
];

/** Health details that make a named or numbered person a patient story. Compounds by their tail. */
export const health: PhraseEntry[] = [
  { phrase: '\\p{L}{0,14}(?:breuk|operatie|ontsteking|kanker|infarct|infectie|tumor|fractuur|prothese)', example: 'Mevrouw Claes mag na haar heupbreuk naar huis.' },
  { phrase: 'beroerte', example: 'Gerda mag na haar beroerte naar huis.' },
  { phrase: 'hartaanval', example: 'Meneer Smit had vorige week een hartaanval.' },
  { phrase: 'dementie', example: 'Zijn dementie gaat snel achteruit.' },
  { phrase: 'chemo\\p{L}{0,8}', example: 'Ze begint maandag aan haar chemokuur.' },
  { phrase: 'diagnose', example: 'De diagnose kwam gisteren.' },
  { phrase: 'gediagnosticeerd', example: 'Hij werd vorig jaar gediagnosticeerd.' },
  { phrase: 'revalidatie', example: 'Na zijn revalidatie loopt hij weer.' },
  { phrase: 'gehospitaliseerd', example: 'Ze was drie weken gehospitaliseerd.' },
  { phrase: 'opgenomen', example: 'Meneer Peeters is gisteren opgenomen.' },
  { phrase: 'bevalling', example: 'Na een zware bevalling is de kleine er.' },
  { phrase: '(?:nieuwe) (?:knie|heup)', example: 'Met zijn nieuwe heup loopt hij weer.' },
];

/**
 * How one person's own case stands: a decision about them, a payment of theirs that is missing,
 * a warning they got. Said to or about someone who can be recognised, that is their file told in
 * public. Written with the person in it ("je", "u", the rent of someone) so that news about a
 * plan or a council vote does not count.
 */
export const caseOutcomes: PhraseEntry[] = [
  { phrase: '(?:je|jouw|uw) (?:\\p{L}+ ){0,2}(?:is|zijn|werd|werden) (?:nog )?(?:steeds )?(?:niet goedgekeurd|afgewezen|geweigerd|niet toegekend|ingetrokken|opgeschort)', example: 'Je verblijfsdocumenten zijn nog steeds niet goedgekeurd.' },
  { phrase: '(?:je|jij|u) (?:bent|was) (?:\\p{L}+ ){0,2}(?:gezakt|niet geslaagd|geschorst|uitgeschreven)', example: 'Je bent helaas gezakt voor statistiek.' },
  { phrase: '(?:je|jij|u) (?:hebt|heeft|had) (?:\\p{L}+ ){0,3}niet (?:gehaald|betaald|voldaan)', example: 'Je hebt het tentamen statistiek niet gehaald.' },
  { phrase: '(?:huur|betaling|termijn|rekening|factuur|premie|bijdrage|boete) (?:\\p{L}+ ){0,5}(?:nog )?(?:steeds )?niet (?:binnen|betaald|voldaan|ontvangen)', example: 'Wij zien dat de huur van september en oktober nog niet binnen is.' },
  { phrase: 'openstaande? (?:huur|rekening|rekeningen|factuur|facturen|boete|boetes|schuld|bedrag)', example: 'U heeft nog een openstaande rekening van 80 euro.' },
  // Een achterstand van een huishouden, in het openbaar.
  { phrase: '(?:hebben|heeft|had|hadden) (?:\\S+ ){0,3}(?:€ ?\\d[\\d.,]* )?(?:betalings|huur|energie)?achterstand', example: 'Ze hadden ongemerkt € 1.400 achterstand op hun energierekening.' },
  // Wat de gegevens over iemand zeggen, en een straf voor hun kind, in het openbaar.
  { phrase: '(?:volgens onze gegevens|in ons systeem zie ik dat) (?:heeft |hebt |bent |is )?(?:u|je|jij)|(?:uw|je|jouw) (?:zoon|dochter|kind) (?:\\S+ ){0,5}(?:niet naar school (?:mag|mogen|komen)|mag (?:\\S+ ){0,4}niet naar school|is geschorst|wordt geschorst|strafwerk)', example: 'Uw zoon mag donderdag en vrijdag niet naar school komen; volgens onze gegevens heeft u al twee gesprekken gehad.' },
  { phrase: '(?:factuur|rekening|betaling|termijn) (?:\\p{L}+ ){0,3}staat (?:nog )?(?:steeds )?open', example: 'De factuur van oktober staat nog open, daarom zijn je rapporten geblokkeerd.' },
  // Wat iemand persoonlijk te wachten staat: een verbod, een aanmaning, een formele brief.
  { phrase: 'mag (?:\\p{L}+ ){0,2}niet meer (?:binnen|komen|naar binnen|deelnemen|meedoen)', example: 'Na de vechtpartij van zaterdag mag hij niet meer binnen in de sporthal.' },
  { phrase: '(?:u|je|jij) (?:ontvangt|krijgt) (?:\\p{L}+ ){0,3}(?:een )?(?:formele |officiële |schriftelijke )?(?:ingebrekestelling|aanmaning|waarschuwing|boete|aanzegging)', example: 'U ontvangt deze week nog een schriftelijke waarschuwing van ons.' },
  { phrase: 'laatste waarschuwing', example: 'Vandaag hebben ze van ons een laatste waarschuwing gekregen.' },
  { phrase: 'politie (?:is|was) (?:er )?(?:\\p{L}+ ){0,4}(?:geweest|langsgeweest|langsgekomen)', example: 'De politie is er ook al twee keer geweest.' },
  // Iemand die zelf betalingen miste: "u hebt drie betalingen gemist", niet "Betaling gemist? Zo regelt u het".
  { phrase: '(?:u|je|jij|hij|zij|ze) (?:\\p{L}+ ){0,4}(?:betalingen|termijnen|aflossingen|betaling|termijn|aflossing) (?:\\p{L}+ ){0,2}gemist', example: 'Ik zie dat u sinds augustus drie betalingen hebt gemist, daarom kwam die brief.' },
  // Hoe iemands eigen aanvraag afliep: "de dakkapel van uw buurman is goedgekeurd", niet die van het zwembad.
  { phrase: '(?:(?:uw|je|jouw|zijn|haar|hun) (?:\\S+ ){0,2}(?:vergunning|aanvraag|bezwaar|dakkapel|aanbouw|uitbouw|verbouwing|schutting)|(?:vergunning|aanvraag|bezwaar|dakkapel|aanbouw|uitbouw|verbouwing|schutting) van (?:uw|je|jouw) (?:buurman|buurvrouw|buren|bovenburen|onderburen)) (?:\\S+ ){0,7}(?:is|werd|zijn|werden) (?:\\p{L}+ ){0,3}(?:goedgekeurd|verleend|afgewezen|geweigerd|ingetrokken)', example: 'De aanbouw van uw buurvrouw op nummer 9 is in juni gewoon goedgekeurd.' },
  // Iemands eigen rekening of kaart, of een beslissing over zijn zaak die blijft staan.
  { phrase: '(?:kaart|bankkaart|rekening|pas) (?:\\S+ )?(?:eindigend|eindigt) op \\d{2,4}', example: 'Het geld is teruggestort op uw oude kaart eindigend op 4471.' },
  { phrase: '(?:dat|het|uw|je|die) (?:bedrag|boete|beslissing) blijft (?:gewoon )?staan', example: 'Ik heb het voor u opgezocht: dat bedrag blijft staan, er is geen fout gebeurd.' },
  // Iemands eigen betaling die misging en rechtgezet wordt, in het openbaar: dubbel afgeschreven, geld terug op de rekening.
  { phrase: '(?:zijn|is|werd|werden) (?:\\S+ ){0,2}(?:twee keer|dubbel|twee maal) (?:\\S+ )?(?:afgeschreven|betaald|aangerekend|geïnd|geind)|(?:staat|komt|wordt) (?:\\S+ ){0,5}(?:weer|terug) (?:op|naar) uw (?:rekening|kaart)|teruggestort op uw (?:rekening|kaart)', example: 'Uw kaartjes zijn inderdaad twee keer afgeschreven; het bedrag staat dinsdag weer op uw rekening.' },
];
