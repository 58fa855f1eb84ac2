// Dutch closed word classes the engine reads: who speaks and to whom, and the words that say
// nothing about a subject. Lower-case, as the tokenizer gives them (words.test.ts checks that).

/** "We", the writer and the organisation together. */
export const firstPersonPlural = ['wij', 'ons', 'onze', 'onszelf'];
/** "I", the writer alone. */
export const firstPersonSingular = ['ik', 'mij', 'mijn', "m'n", 'm’n', 'me', 'mezelf'];
/** The reader, addressed. */
export const readerAddress = ['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw', 'jezelf', 'uzelf'];

/** Words before a noun that speak of any and every one of its kind: "elk verloren voorwerp". */
export const genericDeterminers = ['elk', 'elke', 'ieder', 'iedere', 'alle'];

/** Words that name no subject (short words are skipped anyway). */
export const stopWords = (
  'aan alle alles andere omdat onder onze over door zijn haar hebben heeft hier daar deze dit die wat waar wanneer welke wordt worden zoals samen voor naar meer maar ook zelf iets niets iemand iedereen elke goed echt veel vooral vandaag morgen gisteren week jaar weer nog even graag kunnen moeten willen zullen zouden mogen laten maken doen gaan komen staan zien weten vinden denken vragen geven krijgen houden nieuwe nieuw eerste twee drie hun jullie wij ons mijn jouw uw hoe wie waarom ' +
  // Who may speak, in a subject's description ("alleen de woordvoerder reageert"), names no subject.
  'alleen woordvoerder woordvoerders reageert reageren spreekt spreken communiceert persbureau ' +
  // Ontkenning, voorzetsels, voegwoorden en bijwoorden van vier letters of meer.
  // Vervoegde hulpwerkwoorden: "waren" is geen vorm van het trefwoord "waarde".
  'waren werden hadden konden moesten wilden ' +
  'niet geen nooit altijd vaak soms toch want wel echter achter tussen tegen zonder binnen buiten boven naast sinds tijdens vanaf volgens terwijl nadat zodat toen daarom daarna waarin waarop waarbij alsof beide enkele sommige ieder iedere dezelfde hetzelfde weinig minder meest zich ' +
  // Telwoorden en tijdsduren, zoals cijfers niet meetellen.
  'vier vijf zeven acht negen tien twaalf twintig dertig veertig vijftig honderd duizend weken maanden jaren'
).split(' ');

/**
 * Alledaagse woorden die op zich weinig over een onderwerp zeggen: een thema met "open" of
 * "klein" in titel of beschrijving wordt niet gediend door elk bericht dat een laptop openklapt
 * of een kleine verandering noemt. De eigen trefwoorden van één woord van een thema houden hun
 * volle gewicht (zie similarity.ts).
 */
export const everydayWords = (
  // Bijvoeglijke naamwoorden en bijwoorden van elk onderwerp.
  'open dicht terug half halve goede grote groot klein kleine kleiner lange lang kort korte hoog hoge laag lage heel hele juist juiste volgende laatste vroeg laat beste beter mooi mooie leuk leuke blij fijn fijne zeker vrij makkelijk moeilijk duidelijk anders belangrijk belangrijke eigen ander zelfde oud oude jong jonge ' +
  // Werkwoorden van elk onderwerp.
  'nemen neemt nam genomen krijgt kreeg gekregen geeft gaf gegeven maakt maakte gemaakt gaat ging gegaan komt kwam gekomen ziet zag gezien weet wist denkt dacht kijken kijkt keek wilde houdt hield laat liet zetten zette beginnen begint begon starten start toont vertelt vertellen vroeg vindt vond gevonden gebruiken gebruikt proberen probeert lopen loopt liep lezen leest spelen speelt speelde staat stond wachten wacht ' +
  // Zelfstandige naamwoorden van elk onderwerp.
  'tijd dagen manier ding dingen deel soort kant einde stukje moment minuut minuten uur uren ochtend avond nummer punt keer werk werken huis kom komen bedankt dank'
).split(' ');
