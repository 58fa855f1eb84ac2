// Dutch (and Flemish) signals of dialogue: invitations, credit, reporting back, and the question
// hooks and calls to action that only decorate an announcement. Lower-case lexicon fragments
// (see ../phrases.ts); every entry has an example that dialogue.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

/** Invitations to answer, share, vote or tell. */
export const invites: PhraseEntry[] = [
  { phrase: 'laat (?:het |ons |me |mij )?(?:het |ons |me |mij )?(?:even |gerust |vooral )?(?:het )?weten', example: 'Heb je dit najaar een panda gezien? Laat het me gerust weten.' },
  { phrase: 'vertel (?:het )?(?:ons|me|mij)', example: 'Welke bushalte mist u het meest? Vertel het ons.' },
  { phrase: "zet (?:het|je antwoord|jouw antwoord|uw antwoord|'m|ze|je tip|jouw tip) (?:in de reacties|hieronder)", example: 'Wat is jouw favoriete wandelroute? Zet je tip hieronder.' },
  { phrase: '(?:in|via) de (?:reacties|comments)|stemmen kan (?:ook )?(?:in|via) de (?:stories|poll)', example: 'Welk boek moet in de kast? Laat het horen in de reacties of zet het in de comments; stemmen kan ook in de stories.' },
  { phrase: 'reageer (?:hieronder|gerust)', example: 'Herken je dit? Reageer hieronder.' },
  { phrase: 'zeg het (?:ons|me|mij)', example: 'Merk je verschil sinds de nieuwe dienstregeling? Zeg het ons gerust.' },
  { phrase: 'stel (?:je|jouw|uw|jullie) vra(?:ag|gen) (?:hier|hieronder|gerust)', example: 'Twijfel je over een stage bij de brandweer? Stel je vraag hieronder, een collega antwoordt.' },
  // "Stel ze hieronder", "schrijf het hieronder": wat de lezer te vragen of te zeggen heeft, onder het bericht.
  { phrase: '(?:stel|schrijf|zet|deel) (?:ze|hem|het|die|dat|jouw? \\p{L}+|uw \\p{L}+) (?:gerust |maar )?hieronder', example: 'Welke vraag over de nachtbus is nog niet beantwoord? Stel ze hieronder.' },
  { phrase: 'deel (?:je|jouw|uw) (?:ervaring|ervaringen|verhaal|mening|tips?|ideeën|ideeen)', example: 'Mantelzorger? Deel je ervaring met ons, anoniem mag ook.' },
  { phrase: 'ik hoor (?:het )?(?:graag|liever)', example: 'Ik hoor graag hoe jullie dit op school aanpakken.' },
  { phrase: 'horen (?:het )?graag (?:van|hoe|wat|welke)', example: 'We horen graag wat jullie van de nieuwe route vinden.' },
  { phrase: '(?:ik ben|we zijn|wij zijn) (?:erg |heel |echt )?benieuwd', example: 'We zijn erg benieuwd naar jullie ervaringen met de nieuwe app.' },
  { phrase: 'ben benieuwd', example: 'Ben benieuwd of anderen dit ook merken.' },
  { phrase: 'tips welkom', example: 'Eerste keer moestuinieren, tips welkom!' },
  { phrase: '(?:reacties|antwoorden|ideeën|ideeen|tips|suggesties|voorbeelden|vragen|fouten|correcties|issues|opmerkingen|aanvullingen|verbeteringen|kritiek|pull requests)[^.?!]{0,25}welkom', example: 'Het script staat online, verbeteringen zijn van harte welkom.' },
  { phrase: 'denk (?:je |jij |u )?mee', example: 'Denk je mee over de inrichting van het nieuwe park?' },
  { phrase: 'mee te denken', example: 'We nodigen bewoners uit om mee te denken over de speeltuin.' },
  { phrase: 'meedenken', example: 'Wil je meedenken over de toekomst van de bibliotheek?' },
  { phrase: 'wissel (?:graag )?ervaringen uit', example: 'Ik wissel graag ervaringen uit met andere wijkverpleegkundigen.' },
  { phrase: 'stem in de poll', example: 'Welke naam krijgt de nieuwe veerboot? Stem in de poll.' },
  { phrase: 'ik (?:verzamel|bundel|lees)', example: 'Ik verzamel jullie tips voor een volgende post.' },
  { phrase: 'we verzamelen', example: 'We verzamelen verhalen over de oude suikerfabriek.' },
  { phrase: 'eerlijke (?:antwoorden|bezwaren|reacties)', example: 'Wat houdt je tegen om te fietsen? Eerlijke antwoorden graag.' },
  { phrase: 'alles mag', example: 'Wat zou jij veranderen aan de markt? Alles mag.' },
  { phrase: '(?:uw|jouw|je|jullie) (?:antwoorden|ideeën|ideeen|reacties|feedback|inbreng) helpen', example: 'Vul de korte enquête in, jullie antwoorden helpen ons kiezen.' },
  { phrase: 'vraag (?:het )?(?:me|mij) (?:gerust|alles)', example: 'Twijfel je over een opleiding in de zorg? Vraag het me gerust.' },
  // De schrijver zelf vraagt om antwoord; "stuur ons een bericht" is een oproep van een klantendienst.
  { phrase: 'stuur (?:me|mij) (?:gerust |even )?(?:een )?(?:berichtje|bericht|dm|mailtje|mail)', example: 'Woonde je in de jaren zeventig in de wijk? Stuur me gerust een berichtje met je herinneringen.' },
];

/** Short questions that still invite: "Andere ideeën?". */
export const shortInvites: PhraseEntry[] = [
  { phrase: '(?:andere|meer|nog) (?:ideeën|ideeen|tips|suggesties)', example: 'Nog tips?' },
  { phrase: 'wat denk (?:je|jij|jullie|u)', example: 'Wat denk jij, moet het plein autovrij?' },
];

/** Thanks and credit to others. */
export const credits: PhraseEntry[] = [
  { phrase: 'dank (?:aan|je|jullie|u|daarvoor|voor)', example: 'Dank aan de buitendienst voor het snelle strooiwerk!' },
  { phrase: 'met dank aan', example: 'De nieuwe bankjes staan er, met dank aan de buurtvereniging.' },
  { phrase: 'bedankt', example: 'Bedankt, Henk, voor twintig jaar op de bibliotheekbus.' },
  { phrase: 'dankjewel', example: 'Dankjewel aan alle vrijwilligers van de voedselbank.' },
  { phrase: 'dankuwel', example: 'Dankuwel voor de mooie kaart aan onze verpleegkundigen.' },
  { phrase: 'merci (?:aan|voor)', example: 'Merci aan de buren voor de hulp bij de opruimactie.' },
  { phrase: 'dankzij (?:hen|jullie|u|haar|hem)', example: 'Het park is weer schoon, dankzij jullie.' },
  { phrase: 'pluim voor', example: 'Een dikke pluim voor het team van de spoedopname.' },
  // French, and said in Dutch posts.
  { phrase: 'chapeau', example: 'Chapeau voor de leerlingen die het schoolplein hebben ontworpen.' },
  { phrase: '(?:de|alle) eer (?:is |gaat )?(?:voor|naar)', example: 'De eer is voor de leerlingen en voor leerkracht Els, wij zorgden voor de koeken.' },
  { phrase: '(?:het|dit|dat) (?:was|is) (?:het werk|de verdienste) van', example: 'Dit was het werk van onze groendienst.' },
  { phrase: '(?:idee|suggestie|voorstel) [^.?!]{0,40}kwam van', example: 'Het idee voor de bloemenberm kwam van een bewoner.' },
];

/** The thanks of a notice, which credit nobody. */
export const notCredits: PhraseEntry[] = [
  { phrase: '(?:bedankt|dank) voor (?:je|uw|jullie) (?:begrip|geduld)', example: 'De lift is stuk, bedankt voor je geduld.' },
];

/** Reporting back on what people said or asked. */
export const reportsBack: PhraseEntry[] = [
  { phrase: "(?:jullie|u|bewoners|inwoners|patiënten|ouders|klanten|collega['’]s|ze|zij) (?:gaven|vertelden|zeiden|vroegen|kozen|stemden|schreven)", example: 'Bewoners kozen massaal voor meer bomen op het plein.' },
  { phrase: 'vertelde(?:n)? (?:ons|me|mij)', example: 'Een moeder vertelde me dat de oversteek bij school te gevaarlijk is.' },
  { phrase: 'vroegen (?:we|wij|ik)', example: 'Vorige maand vroegen we wat er beter kon aan de bus.' },
  { phrase: 'vroeg ik', example: 'Vorige week vroeg ik naar jullie favoriete speeltuin.' },
  { phrase: 'wat (?:me|mij|ons) (?:het meest )?(?:verraste|opviel)', example: 'Wat me het meest verraste: niemand wil een groter huis.' },
  { phrase: '(?:jullie|uw|hun) (?:inbreng|feedback|reacties)', example: 'Met jullie feedback hebben we de route aangepast.' },
  { phrase: 'op basis van (?:jullie|uw)', example: 'Op basis van jullie antwoorden komt er een extra bushalte.' },
];

/** Question hooks that decorate an announcement: "Ben jij klaar voor…?". */
export const rhetorical: PhraseEntry[] = [
  { phrase: 'klaar voor', example: 'Klaar voor de zomer? Het buitenbad opent zaterdag.' },
  { phrase: '(?:ben|bent) (?:je|jij|u) klaar', example: 'Ben jij klaar voor een nieuwe uitdaging? Wij zoeken een planner.' },
  { phrase: 'wil (?:je|jij|u) (?:meer weten|er ook bij zijn|ook)', example: 'Wil je meer weten? Kom naar de infoavond.' },
  { phrase: 'wie komt er', example: 'Wie komt er zaterdag naar de open dag?' },
  { phrase: 'wie gaat er', example: 'Wie gaat er mee naar de Week van de Zorg?' },
  { phrase: 'werken bij', example: 'Werken bij de gemeente? Bekijk onze vacatures.' },
  { phrase: '(?:ben|bent) (?:je|jij|u) (?:ook )?op zoek', example: 'Ben je op zoek naar een stageplek? Wij hebben er nog drie.' },
  { phrase: 'op zoek naar', example: 'Op zoek naar een leuke bijbaan? Solliciteer bij ons.' },
  // The word end falls after the space, so only a non-letter may follow it ("'n").
  { phrase: 'zoek (?:je|jij|u) ', example: "Zoek je 'n bijbaan voor de zomer? Wij hebben er tien." },
  { phrase: 'waar wacht (?:je|jij|u)', example: 'Waar wacht je nog op? Meld je aan voor de cursus.' },
  { phrase: 'waarom wachten', example: 'Waarom wachten? Vraag nu je subsidie aan.' },
  { phrase: 'wist (?:je|jij|u) dat', example: 'Wist je dat je je paspoort nu online kunt aanvragen?' },
  { phrase: 'is dit iets voor (?:jou|u)', example: 'Is dit iets voor jou? Bekijk de vacature.' },
  { phrase: 'herkenbaar', example: 'Herkenbaar? Onze budgetcoaches helpen je gratis.' },
];

/** Hooks that are rhetorical only as a whole short question: "Vragen?". */
export const rhetoricalShort: PhraseEntry[] = [
  { phrase: 'vragen', example: 'Vragen?' },
  { phrase: 'vraagjes', example: 'Vraagjes?' },
  { phrase: 'nog vragen', example: 'Nog vragen?' },
  { phrase: 'meer (?:info|informatie|weten)', example: 'Meer weten?' },
  { phrase: 'interesse', example: 'Interesse?' },
  { phrase: 'nieuwsgierig', example: 'Nieuwsgierig geworden?' },
  { phrase: 'zin in', example: 'Zin in een dagje vrijwilligerswerk?' },
  { phrase: 'benieuwd', example: 'Benieuwd naar de plannen?' },
  { phrase: 'herkenbaar', example: 'Herkenbaar?' },
];

/** Calls to action that answer a question on the spot: "Vragen? Bel ons.". */
export const callsToAction: PhraseEntry[] = [
  { phrase: 'bel', example: 'Bel 14 0655 voor een afspraak.' },
  // English posts write "mail" less than "email"; Dutch ones say "mail ons".
  { phrase: 'mail', example: 'Mail ons via info@dalzicht.nl.' },
  { phrase: 'kijk', example: 'Kijk op onze website voor de voorwaarden.' },
  { phrase: 'lees', example: 'Lees alles over de regeling op onze site.' },
  { phrase: 'ga naar', example: 'Ga naar het loket in het stadhuis.' },
  { phrase: 'contacteer', example: 'Contacteer de dienst burgerzaken.' },
  { phrase: 'neem contact', example: 'Neem contact op met je wijkteam.' },
  { phrase: 'stuur', example: 'Stuur ons een bericht via de app.' },
  { phrase: 'klik', example: 'Klik op de link in onze bio.' },
  { phrase: 'bezoek', example: 'Bezoek onze stand op de braderie.' },
  // Also English; most posts that say it are Dutch.
  { phrase: 'download', example: 'Download de app en regel het meteen.' },
  // A word or two may sit inside: "Schrijf je nu in", "Meld je vandaag nog aan".
  { phrase: 'schrijf (?:je|u) (?:\\p{L}+ ){0,2}in', example: 'Schrijf je nu in via de website.' },
  { phrase: 'meld (?:je|u) (?:\\p{L}+ ){0,3}aan', example: 'Meld je vandaag nog aan bij de balie.' },
  { phrase: 'solliciteer', example: 'Solliciteer dan voor 1 mei.' },
  { phrase: 'bestel', example: 'Bestel je kaarten online.' },
  { phrase: 'boek', example: 'Boek een gratis adviesgesprek.' },
  { phrase: 'laat (?:je|u) (?:dan )?\\p{L}+', example: 'Laat u dan vaccineren bij de huisarts.' },
  { phrase: 'surf naar', example: 'Surf naar onze website voor de uurregeling.' },
];

/** An early "then" that resolves the question before it: "Laat u dan vaccineren.". */
export const thenWords: PhraseEntry[] = [
  { phrase: 'dan', example: 'Kom dan gerust langs op het spreekuur.' },
];

/** Words that open a call to anyone: "Wie heeft…?". */
export const openCalls: PhraseEntry[] = [
  { phrase: 'wie', example: 'Wie weet waar deze oude foto van de Markt is gemaakt?' },
  { phrase: 'iemand', example: 'Iemand een tip voor een goede fietsenmaker in Noord?' },
  { phrase: 'heeft iemand', example: 'Heeft iemand deze week een zwarte kat gezien in de Vlietstraat?' },
];

/** The reader, addressed. */
export const reader: PhraseEntry[] = [
  { phrase: 'je', example: 'Wat vind je van het nieuwe plein?' },
  { phrase: 'jij', example: 'Welke boom zou jij planten?' },
  { phrase: 'jou', example: 'Wat betekent de bibliotheek voor jou?' },
  { phrase: 'jouw', example: 'Wat is jouw favoriete plek in de stad?' },
  { phrase: 'jullie', example: 'Hoe pakken jullie dit op school aan?' },
  { phrase: 'u', example: 'Wat vindt u van de nieuwe dienstregeling?' },
  { phrase: 'uw', example: 'Hoe was uw bezoek aan de spoedpost?' },
];

/**
 * De meervoudsuitgangen van een groep die een vraag aanspreekt ("Ouders, hoe regelen jullie dat?"):
 * één woord dat zo eindigt, dan een komma (index.ts, isVocative).
 */
export const addresseeEndings: PhraseEntry[] = [
  { phrase: '\\p{L}+en', example: 'Ouders, hoe regelen jullie de opvang in de kerstvakantie?' },
  { phrase: "\\p{L}+(?:s|'s|’s)", example: "Collega's, wie heeft er nog een tip voor de nieuwe stagiairs?" },
];

/** Woorden voor een komma die als meervoud eindigen maar niemand aanspreken: "Bovendien, wie betaalt dat?". */
export const notAddressees: PhraseEntry[] = [
  { phrase: 'misschien|bovendien|intussen|ondertussen|alleen|trouwens|volgens|eens|ergens|sindsdien|tegen|kortom|tja|nou|dus', example: 'Bovendien, wie betaalt dat eigenlijk?' },
];

