// Dutch (and Flemish) signals of selling and boasting. Lower-case lexicon fragments (see
// ../phrases.ts), {award} standing for the award nouns of every language, and lower-case words
// for the superlative lists; every entry has an example that promotion.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

/** Fixed boasts: "marktleider", "toonaangevend". */
export const boasts: PhraseEntry[] = [
  { phrase: 'marktleider', example: 'Wij zijn marktleider in zonnepanelen voor boerenbedrijven.' },
  { phrase: 'toonaangevende?', example: 'Als toonaangevende zorgaanbieder investeren we in de wijk.' },
  { phrase: 'koploper', example: 'Dalzicht is koploper in het scheiden van afval.' },
  { phrase: 'wereldklasse', example: 'Onze hartchirurgen leveren zorg van wereldklasse.' },
  { phrase: 'prijswinnende?', example: 'Proef onze prijswinnende appeltaart in het museumcafé.' },
  { phrase: 'bekroonde?', example: 'Onze bekroonde app helpt je sneller aan een afspraak.' },
  { phrase: 'werkgever of choice', example: 'We willen de werkgever of choice van de regio zijn.' },
  { phrase: 'absolute (?:top|referentie)', example: 'Onze revalidatieafdeling is de absolute top in Vlaanderen.' },
  { phrase: 'niemand doet ons (?:dat |dit )?na', example: 'Binnen een dag een nieuwe pas: niemand doet ons dat na!' },
  { phrase: '(?:doet|doen) niemand ons (?:dat |dit )?na', example: 'Zeven dagen per week open, dat doet niemand ons na.' },
  { phrase: '(?:landelijk|nationaal) voorop', example: 'Met ons warmtenet lopen we landelijk voorop.' },
  { phrase: 'lopen (?:landelijk )?voorop', example: 'Scholen in Dalzicht lopen voorop met gezonde lunches.' },
  { phrase: 'voorbeeld (?:nemen )?aan onze', example: 'Andere gemeenten kunnen een voorbeeld nemen aan onze aanpak.' },
  { phrase: 'nummer (?:1|één|een) (?:in|van)', example: 'Wij zijn nummer 1 in klanttevredenheid.' },
  { phrase: 'referentieziekenhuis', example: 'Als referentieziekenhuis trekken we patiënten uit heel het land aan.' },
];

/** Exclusive comparisons: nobody else, nowhere else, better than anyone, the reference. */
export const exclusiveComparisons: PhraseEntry[] = [
  // "Geen planner kent de wegen zoals ik", "Geen enkele bank maakt het je zo makkelijk".
  // "Geen idee", "geen zin" open no comparison; "zo snel als Jan" credits someone else.
  { phrase: 'geen (?!idee |zin |geheim |wonder |probleem |zorgen |twijfel )(?:enkele |andere )?\\p{L}+ (?:(?!niet )\\p{L}+ ){0,6}(?:zoals (?:ik|wij|we)(?! \\p{L}+ (?:het|dat) )|zo (?:makkelijk|gemakkelijk|goed|snel|simpel|eenvoudig|goedkoop|handig|vlot|comfortabel)(?: als (?:wij|we|ons|ik)(?![\\p{L}])|(?! als)))(?![\\p{L}])', example: 'Geen enkele bibliotheek in de provincie maakt het je zo makkelijk om een e-boek te lenen.' },
  { phrase: 'nergens (?:anders )?(?:\\p{L}+ )?(?:sneller|beter|betere|goedkoper|vlotter|vakkundiger|dichter)', example: 'Nergens anders sneller aan de beurt dan bij onze spoedpost.' },
  { phrase: 'niemand (?:\\p{L}+ ){0,4}(?:beter|sneller|goedkoper|vlotter|meer) dan', example: 'Niemand kent de wijk beter dan onze wijkagenten.' },
  { phrase: 'dan wie (?:ook|dan ook)', example: 'Wij kennen de regio beter dan wie ook.' },
  { phrase: 'dan (?:welk|welke) (?:ander(?:e)? )?\\p{L}+ (?:ook|dan ook)', example: 'Onze tarieven zijn lager dan welke andere leverancier ook.' },
  { phrase: 'als geen ander', example: 'Wij weten als geen ander wat mantelzorgers nodig hebben.' },
  { phrase: 'beter dan de rest', example: 'Onze service is gewoon beter dan de rest.' },
  { phrase: '(?:dé|hét|de|het) referentie(?:ziekenhuis|centrum)? (?:voor|in|van)', example: 'Wij zijn hét referentiecentrum voor zeldzame ziekten.' },
  { phrase: '(?:dé|hét) referentie\\p{L}*', example: 'Al dertig jaar dé referentie in de regio.' },
];

/** Boasts that count only with others: "dé", "uniek", "mijlpaal". */
export const weakBoasts: PhraseEntry[] = [
  { phrase: '(?:het|hét) (?:perfecte|leukste|mooiste) (?:cadeau|geschenk|uitje)|(?:de|dé) perfecte (?:keuze|traktatie|cadeaubon)', example: 'Onze cadeaubon: het perfecte cadeau voor wie van theater houdt.' },
  { phrase: 'dé', example: 'Dé plek voor een dagje uit met kinderen.' },
  { phrase: 'hét', example: 'Hét evenement van de zomer komt eraan.' },
  { phrase: 'uniek(?:e)?', example: 'Een unieke kans om achter de schermen te kijken.' },
  // "record" is English too.
  { phrase: 'record(?:aantal)?(?![-‐]\\p{L})', example: 'Een recordaantal bezoekers op de open dag.' },
  { phrase: 'mijlpaal', example: 'Een mooie mijlpaal: duizend nieuwe bomen geplant.' },
  { phrase: 'niet te missen', example: 'De kerstmarkt op het plein: niet te missen!' },
  { phrase: 'onvergetelijke?|van wereldklasse|topkwaliteit', example: 'Onderwijs van wereldklasse en een onvergetelijke studietijd.' },
  { phrase: 'legendarische?', example: 'Kom proeven van onze legendarische wafels.' },
  { phrase: 'ongeëvenaard(?:e)?', example: 'Een ongeëvenaarde sfeer, elk jaar opnieuw.' },
  { phrase: 'innovatiefste', example: 'Het innovatiefste zorgcentrum dat we ooit bouwden.' },
  { phrase: 'meest innovatieve', example: 'Onze meest innovatieve tram tot nu toe rijdt vanaf vandaag.' },
];

/** Pride with something to announce: "trots om te melden". */
export const proudTo: PhraseEntry[] = [
  // Dutch posts borrow the English words of pride: "super excited om te delen".
  { phrase: '(?:ontzettend |enorm |super |heel |erg |zo )?(?:trots|proud|thrilled|excited|delighted) om te (?:melden|delen|vertellen|aankondigen|presenteren|mogen)', example: 'Super trots om te delen dat we de zorgprijs hebben gewonnen.' },
  { phrase: 'met trots', example: 'Met trots presenteren we ons nieuwe jaarverslag.' },
  { phrase: 'dankbaar voor deze (?:erkenning|prijs|eer)', example: 'Het hele team is dankbaar voor deze erkenning.' },
];

/** Pride on its own. */
export const pride: PhraseEntry[] = [
  // "apetrots" with no space before "trots" only matches "apetrotstrots"; the alternative is kept as it was.
  { phrase: '(?:ontzettend |super |enorm |heel |erg |zo |apetrots|reuze )?trots', example: 'Wat zijn we enorm trots op onze leerlingen.' },
];

/** What is won: a prize, a title, "… van het jaar". */
export const awardNouns: PhraseEntry[] = [
  { phrase: 'prijs', example: 'Onze bibliotheek wint de prijs voor beste leesbevordering.' },
  { phrase: 'accreditatie', example: 'Het ziekenhuis behaalt opnieuw de accreditatie voor patiëntveiligheid.' },
  { phrase: 'certificering', example: 'Het ziekenhuis ontvangt de certificering voor duurzaam ondernemen.' },
  { phrase: 'titel', example: 'Dalzicht krijgt de titel van groenste gemeente.' },
  { phrase: 'van het jaar', example: 'Onze kok is uitgeroepen tot leerbedrijf van het jaar.' },
  { phrase: 'winnaar', example: 'Na een spannende finale gewonnen: wij zijn de winnaar.' },
];

/** Winning a prize: "wint de … prijs". */
export const awardWins: PhraseEntry[] = [
  { phrase: '(?:wint|winnen|gewonnen|behaalt|behaald|krijgt|ontvangt|uitgeroepen tot)[^.?!]{0,60}(?:{award})', example: 'Gemeente Dalzicht wint de prijs voor het beste digitale loket.' },
  // Also the English "award … won".
  { phrase: '(?:award|prijs|accreditatie)[^.?!]{0,30}(?:gewonnen|behaald|won)', example: 'Wij hebben de Loket Award gewonnen!' },
];

/** Hashtags of pride and prizes. */
export const hashtags: PhraseEntry[] = [
  { phrase: 'trots', example: 'Drie nieuwe gediplomeerde verpleegkundigen! #trots' },
];

/** Recognition short of a prize. */
export const recognition: PhraseEntry[] = [
  { phrase: 'erkenning', example: 'Een mooie erkenning voor het werk van onze vrijwilligers.' },
  { phrase: 'onderscheiding', example: 'Onze directeur ontving een koninklijke onderscheiding.' },
  { phrase: 'nominatie', example: 'Blij met de nominatie voor de publieksprijs.' },
  { phrase: 'genomineerd', example: 'Ons project is genomineerd voor de Groene Stadsprijs.' },
];

/** Sales calls: discounts, offers, buy now. */
export const salesCalls: PhraseEntry[] = [
  { phrase: '\\d+ ?% ?korting', example: 'Nu 20% korting op alle laadpalen.' },
  { phrase: 'korting(?:scode)?', example: 'Gebruik de kortingscode ZOMER bij het afrekenen.' },
  { phrase: 'kortingscode', example: 'Met deze kortingscode betaal je minder.' },
  { phrase: 'aanbieding', example: 'Deze week in de aanbieding: isolatiepakketten.' },
  { phrase: 'actie loopt tot', example: 'Gratis installatie, de actie loopt tot 31 maart.' },
  { phrase: 'op=op', example: 'Nog twintig zonneboilers, op=op.' },
  { phrase: 'gratis (?:dakscan|proef\\p{L}*|kennismaking|goodiebag|offerte|adviesgesprek|intake)', example: 'Vraag vandaag nog je gratis dakscan aan.' },
  { phrase: 'bestel (?:nu|vandaag)', example: 'Bestel nu en je betaalt geen verzendkosten.' },
  { phrase: '(?:probeer|test) (?:het |\\p{L}+ )?\\d+ (?:dagen|weken|maanden) gratis|(?:vraag|app|mail) (?:nu )?(?:een |je )?offerte aan|(?:leg|zet) (?:nu )?(?:de|je) (?:prijs|prijzen|tarief) (?:van dit jaar )?vast', example: 'Probeer het 30 dagen gratis, of vraag nu een offerte aan en leg de prijs van dit jaar vast.' },
  { phrase: 'boek (?:nu|vandaag)', example: 'Boek vandaag nog je energieadvies aan huis.' },
  { phrase: 'krijg [£€$]\\d+', example: 'Stap over en krijg €50 welkomstkorting.' },
  { phrase: '[£€$]\\d+ tegoed', example: 'Nieuwe klanten krijgen €25 tegoed op hun eerste rekening.' },
  { phrase: 'tevreden klanten', example: 'Al meer dan tienduizend tevreden klanten gingen je voor.' },
  { phrase: 'kiest voor \\p{L}+', example: 'Wie slim is, kiest voor Northwind.' },
  { phrase: 'kies (?:nu )?voor \\p{L}+', example: 'Kies nu voor groene stroom van hier.' },
  { phrase: 'waar wacht je nog op', example: 'Zonnepanelen zonder aanbetaling, waar wacht je nog op?' },
  { phrase: 'te koop', example: 'Onze nieuwe appartementen zijn nu te koop.' },
  { phrase: 'nu tijdelijk', example: 'Nu tijdelijk twee maanden gratis sporten.' },
  // Winkelverkoop: prijsclaims, bezorging, prijzen om te winnen, stemmen om te vragen.
  { phrase: 'laagste prijs(?:garantie)?|laagste prijzen', example: 'Altijd de laagste prijs, gratis thuisbezorgd.' },
  { phrase: 'gratis (?:thuis)?bezorgd|gratis bezorging|gratis verzending', example: 'Je boodschappen gratis thuisbezorgd!' },
  { phrase: 'maak kans op|winactie', example: 'Deel dit bericht en maak kans op een maand gratis boodschappen.' },
  { phrase: 'stem (?:ook )?op ons', example: 'We zijn genomineerd, stem op ons!' },
  { phrase: 'zolang de voorraad strekt', example: 'Halve prijs, zolang de voorraad strekt.' },
  { phrase: 'vol is vol|op is op|snel zijn is de boodschap|wees er snel bij', example: 'Nog maar twintig plaatsen, dus wees er snel bij: vol is vol.' },
];

/** Softer selling: recruitment and "op zoek naar". */
export const softSales: PhraseEntry[] = [
  { phrase: 'solliciteer nu', example: 'Zin in een baan in de zorg? Solliciteer nu.' },
  { phrase: 'neem contact op met', example: 'Neem contact op met ons adviesteam voor een offerte.' },
  { phrase: '(?:ben|bent) (?:je|jij|u) (?:ook )?op zoek naar', example: 'Ben jij ook op zoek naar een betrouwbare installateur?' },
];

/** The author polishing their own image. */
export const selfImage: PhraseEntry[] = [
  { phrase: 'onder mijn leiding', example: 'Onder mijn leiding is de afdeling verdubbeld.' },
  { phrase: 'keynote spreker', example: 'Volgende week sta ik als keynote spreker op het zorgcongres.' },
  { phrase: 'staande ovatie', example: 'Een staande ovatie na mijn presentatie, wat een dag.' },
  { phrase: 'ben (?:benoemd|gepromoveerd) tot', example: 'Trots: ik ben benoemd tot teamleider van de spoedpost.' },
  { phrase: 'mijn unieke', example: 'Met mijn unieke aanpak haal ik elke deadline.' },
  { phrase: 'mijn visie', example: 'Mijn visie op de zorg van morgen lees je hieronder.' },
  { phrase: 'wie doet (?:me|mij|ons) dat na', example: 'Drie projecten op tijd opgeleverd, wie doet me dat na?' },
  { phrase: '(?:doet|doen) (?:me|mij) dat (?:maar )?na', example: 'Drie marathons in een jaar, wie doet mij dat na?' },
  { phrase: 'geen \\p{L}+ die (?:mij|me) ontsnapt', example: 'Geen fout die mij ontsnapt.' },
  { phrase: 'als enige (?:afdeling|team|collega|medewerker)', example: 'Als enige team haalden we alle doelen.' },
  // Niet "ik ben het beste bereikbaar", "ik ben zeker niet de snelste".
  { phrase: "(?:ik (?:ben|was)|ben ik) (?:(?!niet |geen |nooit )\\p{L}+ ){0,2}(?:'|‘)?de (?:eerste|enige|beste|snelste|sterkste)", example: 'Ik was de eerste die het nieuwe systeem onder de knie had.' },
  { phrase: 'de meeste \\p{L}+ (?:geholpen|verkocht|binnengehaald|afgehandeld)', example: 'Deze maand heb ik de meeste klanten geholpen.' },
  { phrase: 'niet slecht voor (?:een|iemand)', example: 'Marathon gelopen, niet slecht voor een vijftiger.' },
  { phrase: 'dat is wat ik doe|ik heb geleverd|ik lever altijd', example: 'Iedereen twijfelde, ik heb geleverd. Dat is wat ik doe.' },
  // De opschepper die zich indekt, en de bijnaam die de schrijver zelf doorgeeft.
  { phrase: "niet om op te scheppen|ik wil niet opscheppen|trots op mezelf", example: 'Niet om op te scheppen, maar mijn lessen zitten binnen het uur vol.' },
  { phrase: "noemen (?:me|mij) (?:niet voor niets |ook wel |al |hier )?(?:['‘\"]\\p{L}+|de \\p{L}*(?:fluisteraar|koning|koningin|legende|machine))", example: "Collega's noemen me niet voor niets de okapifluisteraar." },
  { phrase: 'niemand (?:\\p{L}+ ){0,6}zo (?:goed|snel|mooi|vlot) (?:\\p{L}+ ){0,3}als ik', example: 'Niemand in het land leest deze dieren zo goed als ik.' },
];

/** Open to offers: a hint of image polishing. */
export const openToOffers: PhraseEntry[] = [
  { phrase: 'mijn inbox (?:staat|is) open', example: 'Op zoek naar een nieuwe uitdaging, mijn inbox staat open.' },
];

/** Modesty, which softens pride. */
export const modesty: PhraseEntry[] = [
  { phrase: 'kleine stap', example: 'Een kleine stap, maar de wachttijd is korter.' },
  { phrase: 'nog (?:altijd|steeds) te', example: 'De wachttijden zijn nog steeds te lang.' },
  { phrase: 'niet om op te scheppen', example: 'Niet om op te scheppen, maar dit ging echt goed.' },
  { phrase: 'geen verkooppraatje', example: 'Dit is geen verkooppraatje, wel een eerlijk verhaal.' },
  { phrase: 'eerlijk gezegd', example: 'Eerlijk gezegd hadden we meer aanmeldingen verwacht.' },
  { phrase: 'nog niet perfect', example: 'De nieuwe app is nog niet perfect.' },
  { phrase: 'leuk, maar', example: 'Een prijs is leuk, maar de buurt deed het werk.' },
  { phrase: 'niet echt een feestje', example: 'De verbouwing was niet echt een feestje voor de buren.' },
];

/** Superlatives that rank when a scope follows ("de beste … van de regio"). */
export const superlatives: PhraseEntry[] = [
  { phrase: 'beste', example: 'De beste bakker van de regio zit gewoon in onze straat.' },
  { phrase: 'allerbeste', example: 'Het allerbeste zwembad van Vlaanderen staat in Dalzicht.' },
  { phrase: 'leukste', example: 'De leukste speeltuin van de provincie is weer open.' },
  { phrase: 'mooiste', example: 'Het mooiste park van Nederland ligt om de hoek.' },
  { phrase: 'snelste', example: 'Het snelste glasvezelnet van de Benelux.' },
  { phrase: 'stilste', example: 'De stilste warmtepomp op de markt.' },
  { phrase: 'grootste', example: 'De grootste werkgever uit de regio gaat uitbreiden.' },
  { phrase: 'modernste', example: 'De modernste operatiekamers binnen Vlaanderen staan in ons ziekenhuis.' },
  { phrase: 'groenste', example: 'De groenste stad van België ligt aan de Schelde.' },
  { phrase: 'goedkoopste', example: 'De goedkoopste energie op de markt, beloofd.' },
  { phrase: 'duurzaamste', example: 'Het duurzaamste kantoor van Europa staat in Dalzicht.' },
  { phrase: 'slimste', example: 'De slimste thermostaat in de branche komt van ons.' },
  { phrase: 'sterkste', example: 'Het sterkste team van de sector werkt hier.' },
  { phrase: 'hoogste', example: 'De hoogste klanttevredenheid van het land.' },
  { phrase: 'fijnste', example: 'De fijnste bibliotheek van de stad heeft een nieuwe leeszaal.' },
  { phrase: 'lekkerste', example: 'De lekkerste ijsjes van de streek vind je aan de kaai.' },
  { phrase: 'gezelligste', example: 'Het gezelligste terras van de stad.' },
  { phrase: 'toffste', example: 'De toffste zomerbar van de wereld staat op ons dak.' },
  { phrase: 'populairste', example: 'De populairste app van de provincie voor parkeren.' },
  { phrase: 'bekendste', example: 'Het bekendste museum uit de geschiedenis van de stad.' },
  { phrase: 'nieuwste', example: 'Het nieuwste ziekenhuis van Nederland opent in mei.' },
  { phrase: 'enige', example: 'De enige kinderboerderij van de provincie met een eigen kaasmakerij.' },
  { phrase: 'eerste', example: 'De eerste energieneutrale school van Vlaanderen.' },
];

/** Words that link a superlative to its scope. */
export const scopeLinks: PhraseEntry[] = [
  { phrase: 'van', example: 'De groenste gemeente van Nederland.' },
  { phrase: 'uit', example: 'De grootste werkgever uit de regio gaat uitbreiden.' },
  { phrase: 'op', example: 'De goedkoopste energie op de markt, beloofd.' },
  { phrase: 'binnen', example: 'De modernste operatiekamers binnen Vlaanderen.' },
];

/** Scopes that make a superlative a ranking. */
export const scopes: PhraseEntry[] = [
  { phrase: 'regio', example: 'De beste bakker van de regio zit in onze straat.' },
  { phrase: 'nederland', example: 'Het mooiste park van Nederland ligt om de hoek.' },
  { phrase: 'belgië', example: 'De groenste stad van België ligt aan de Schelde.' },
  { phrase: 'belgie', example: 'De snelste laadpaal van Belgie staat in Gent.' },
  { phrase: 'vlaanderen', example: 'Het allerbeste zwembad van Vlaanderen.' },
  { phrase: 'europa', example: 'Het duurzaamste kantoor van Europa staat in Dalzicht.' },
  { phrase: 'wereld', example: 'De toffste zomerbar van de wereld staat op ons dak.' },
  { phrase: 'land', example: 'De hoogste klanttevredenheid van het land.' },
  { phrase: 'benelux', example: 'Het snelste glasvezelnet van de Benelux.' },
  { phrase: 'provincie', example: 'De leukste speeltuin van de provincie is weer open.' },
  { phrase: 'stad', example: 'De fijnste bibliotheek van de stad heeft een nieuwe leeszaal.' },
  { phrase: 'streek', example: 'De lekkerste ijsjes van de streek vind je aan de kaai.' },
  { phrase: 'omgeving', example: 'Het mooiste zwembad van de omgeving gaat weer open.' },
  { phrase: 'markt', example: 'De stilste warmtepomp op de markt.' },
  { phrase: 'branche', example: 'De slimste thermostaat in de branche komt van ons.' },
  { phrase: 'geschiedenis', example: 'De grootste investering uit de geschiedenis van het ziekenhuis.' },
  { phrase: 'carrière', example: 'De mooiste dag van mijn carrière.' },
  { phrase: 'carriere', example: 'De beste beslissing van mijn carriere.' },
  { phrase: 'gemeente', example: 'Het mooiste zwembad van de gemeente.' },
];

/** Superlatives of performance, ranked even within one's own workplace. */
export const performanceSuperlatives: PhraseEntry[] = [
  { phrase: 'beste', example: 'Onze Fatima is de beste van de afdeling.' },
  { phrase: 'allerbeste', example: 'De allerbeste verpleegkundige van het ziekenhuis werkt op onze afdeling.' },
  { phrase: 'snelste', example: 'Ik ben de snelste van het kantoor.' },
  { phrase: 'hoogste', example: 'De hoogste score van de hele dienst.' },
];

/** Workplaces a performance superlative ranks within. */
export const workplaces: PhraseEntry[] = [
  { phrase: 'afdeling', example: 'Onze Fatima is de beste van de afdeling.' },
  { phrase: 'dienst', example: 'De hoogste score van de hele dienst.' },
  { phrase: 'ziekenhuis', example: 'De allerbeste verpleegkundige van het ziekenhuis.' },
  { phrase: 'gemeente', example: 'Onze Joris is de snelste van de gemeente.' },
  { phrase: 'organisatie', example: 'De beste verkoper van de organisatie zit in Gent.' },
  { phrase: 'bedrijf', example: 'Ik ben de snelste monteur van het bedrijf.' },
  { phrase: 'kantoor', example: 'Ik ben de snelste van het kantoor.' },
  { phrase: 'gemeentehuis', example: 'Beste padelspeler van het gemeentehuis, dat staat vast.' },
  { phrase: 'stadhuis', example: 'De snelste typist van het stadhuis, al tien jaar.' },
  { phrase: 'school', example: 'Voor het derde jaar de beste leerkracht van de school.' },
  { phrase: 'ploeg', example: 'Officieel de snelste chauffeur van de ploeg.' },
];

/** "X, een van de …": an appositive that praises the name before it. */
export const oneOf: PhraseEntry[] = [
  { phrase: 'een van', example: 'We werken samen met Groenbouw, een van de grootste aannemers van Vlaanderen.' },
  { phrase: 'één van', example: 'We bouwen met Bouwbedrijf Smits, één van de oudste bedrijven van de stad.' },
];

/** Articles before the praise of an appositive: "Bakkerij Jansen, de beste …". */
export const articles: PhraseEntry[] = [
  { phrase: 'de', example: 'Onze broodjes komen van Bakkerij Jansen, de beste bakker van de regio.' },
  { phrase: 'het', example: 'Volgende week opent Museum Vlietstreek, het grootste museum van de provincie.' },
];

/**
 * Overtreffende trappen van volgorde: voor een woord als "regio" rangschikken ze ("het eerste
 * ziekenhuis van Vlaanderen"), voor de naam van een plaats vertellen ze alleen ("de eerste 400
 * woningen in Kortland").
 */
export const orderSuperlatives: PhraseEntry[] = [
  { phrase: 'eerste', example: 'De eerste 400 woningen in Oostveld zijn aangesloten.' },
  { phrase: 'enige', example: 'De enige bushalte in Marsdorp staat bij de kerk.' },
  { phrase: 'nieuwste', example: 'De nieuwste woningen in Oostveld krijgen een warmtepomp.' },
];
