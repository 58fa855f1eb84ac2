// Dutch (and Flemish) frames of one-way sending. Lower-case lexicon fragments (see
// ../phrases.ts); {figurativeOpen} stands for that list of every language, {day}, {date},
// {monthFirstDate} and {when} for the schedule words of every language (../schedule/). Every
// entry has an example that announce.test.ts walks.
import type { PhraseEntry } from '../phrase-data';

/** What "is open" in a figure of speech, not a door that opens for visitors. */
export const figurativeOpen: PhraseEntry[] = [
  // English posts say "dms" too; here it keeps "mijn dms zijn open" from reading as an opening.
  { phrase: 'dms', example: 'Vragen over de opleiding? Mijn dms zijn open.' },
  { phrase: 'deur', example: 'Mijn deur is open voor iedereen met een goed idee voor de wijk.' },
  { phrase: 'hart', example: 'Ons hart is open voor elke nieuwe vrijwilliger.' },
];

export const notices: PhraseEntry[] = [
  { phrase: 'let op', example: 'Let op: de balie van het stadhuis is maandag gesloten.' },
  { phrase: 'opgelet', example: 'Opgelet: vanaf morgen rijdt lijn 4 een andere route.' },
  { phrase: 'attentie', example: 'Attentie: de parkeerplaats achter de bibliotheek is vandaag afgesloten.' },
  { phrase: 'herinnering', example: 'Herinnering: de inschrijving voor de zomerkampen sluit vrijdag.' },
  { phrase: 'ter info', example: 'Ter info: het containerpark is zaterdag uitzonderlijk gesloten.' },
  { phrase: 'belangrijk bericht', example: 'Belangrijk bericht voor alle bewoners van de Kerkstraat.' },
];

/** From when a change holds. */
export const validFrom: PhraseEntry[] = [
  { phrase: 'vanaf {when}', example: 'Vanaf volgende week rijdt de bus weer via het Marktplein.' },
  { phrase: 'per {date}', example: 'Per 1 januari gaat het tarief voor de parkeervergunning omhoog.' },
  { phrase: 'met ingang van', example: 'Met ingang van het nieuwe schooljaar is de opvang ook op woensdag open.' },
  { phrase: 'tot en met {date}', example: 'De Brugstraat is tot en met 14 juni afgesloten voor al het verkeer.' },
];

export const closures: PhraseEntry[] = [
  { phrase: 'openingstijden', example: 'Tijdens de feestdagen gelden aangepaste openingstijden voor het zwembad.' },
  { phrase: 'openingsuren', example: 'Bekijk de nieuwe openingsuren van het recyclagepark.' },
  { phrase: 'bezoekuren', example: 'De bezoekuren op de kinderafdeling zijn verruimd.' },
  { phrase: '(?:is|zijn|blijft|blijven) (?:de hele dag |tijdelijk |morgen |vandaag )?(?:gesloten|dicht)', example: 'Het gemeentehuis is de hele dag gesloten op Hemelvaartsdag.' },
  { phrase: 'tijdelijk gesloten', example: 'Ingang Parklaan tijdelijk gesloten, gebruik de hoofdingang.' },
  { phrase: 'niet bereikbaar', example: 'Onze klantenservice is zaterdag telefonisch niet bereikbaar.' },
  { phrase: 'gepland onderhoud', example: 'Door gepland onderhoud werkt de app zondagochtend niet.' },
  { phrase: 'excuses voor het ongemak', example: 'De lift bij ingang B is defect, excuses voor het ongemak.' },
  { phrase: 'verhuist naar', example: 'De polikliniek dermatologie verhuist naar de tweede verdieping.' },
  { phrase: 'gelden (?:nieuwe|dezelfde|aparte)', example: 'In de zomervakantie gelden aparte tijden voor de balie.' },
];

export const disruptions: PhraseEntry[] = [
  { phrase: 'gesloten', example: 'Zwembad De Vliet gesloten door een technisch probleem.' },
  { phrase: 'afsluiting', example: 'Afsluiting Stationsweg: kijk voor de omrijroute op onze site.' },
  { phrase: 'afgesloten', example: 'De Havenbrug wordt dit weekend afgesloten voor groot onderhoud.' },
  { phrase: 'omleiding', example: 'Tijdens de kermis geldt een omleiding via de Ringweg.' },
  { phrase: 'werkzaamheden', example: 'Door werkzaamheden aan het spoor rijden er bussen tussen Dalzicht en Oosterveld.' },
  { phrase: 'storing', example: 'Er is een storing in de telefooncentrale van de huisartsenpost.' },
  { phrase: 'vertraging', example: 'Houd rekening met vertraging op de N57 door de nieuwe rotonde.' },
  { phrase: 'gaat (?:dicht|open)', example: 'Het loket gaat dicht om 16.00 uur.' },
  { phrase: 'gaan in op', example: 'De nieuwe parkeertarieven gaan in op 1 juli.' },
  { phrase: 'treedt in werking', example: 'De nieuwe afvalregeling treedt in werking op 1 januari.' },
  { phrase: 'in werking', example: 'Sinds vandaag is de nieuwe slagboom bij de parkeergarage in werking.' },
  { phrase: 'wegens (?:een |de |het )?(?:staking|werkzaamheden|onderhoud|storing|ziekte|drukte|weersomstandigheden|feestdag)', example: 'De bibliotheek is zaterdag dicht wegens ziekte van het personeel.' },
  { phrase: 'vanwege (?:een |de |het )?(?:staking|werkzaamheden|onderhoud|storing|feestdag)', example: 'Het afvalbrengstation is dinsdag dicht vanwege onderhoud.' },
  { phrase: 'rijden (?:er )?(?:\\p{L}+ )?(?:geen|minder)', example: 'Door de staking rijden er vandaag geen treinen tussen Utrecht en Arnhem.' },
  { phrase: 'sluit op', example: 'De inschrijving voor de avondvierdaagse sluit op 1 mei.' },
  { phrase: 'uiterlijk (?:op|voor)', example: 'Lever je aanvraag uiterlijk voor 15 maart in bij het loket.' },
  // "think eraan" is no English anyone writes; the alternative is kept as it was.
  { phrase: '(?:denk|think) eraan', example: 'Denk eraan: zet je kliko vanavond al aan de straat.' },
  { phrase: 'vergeet niet', example: 'Vergeet niet je stempas mee te nemen naar het stembureau.' },
];

/** Practical notices: where to go, what to follow, whom to give room, what to do in an emergency. */
export const directions: PhraseEntry[] = [
  { phrase: 'volg (?:de |het )?(?:\\p{L}+ )?(?:borden|bordjes|pijlen|omleiding|bewegwijzering|aanwijzingen|instructies)', example: 'Volg de gele borden naar de tijdelijke ingang.' },
  { phrase: '(?:de |het )?(?:\\p{L}+ )?(?:borden|bordjes|pijlen) (?:te )?volgen', example: 'Bezoekers kunnen het best de blauwe bordjes volgen.' },
  { phrase: 'gelieve', example: 'Gelieve uw fiets in de rekken te plaatsen.' },
  { phrase: 'houd (?:voldoende )?(?:afstand|de doorgang vrij)', example: 'Houd de doorgang vrij voor de ambulance.' },
  { phrase: 'hou (?:voldoende )?afstand', example: 'Hou voldoende afstand van de maaimachines langs de dijk.' },
  { phrase: 'geef (?:ze|hen|hem|haar|de \\p{L}+) (?:voldoende |genoeg |wat )?(?:ruimte|de ruimte)', example: 'Zie je de veegwagen? Geef hem voldoende ruimte.' },
  { phrase: '(?:nieuwe )?ingang (?:van (?:de |het )?\\p{L}+ )?(?:is|ligt|zit|bevindt zich) (?:aan|op|in|via|naast)', example: 'De nieuwe ingang van de polikliniek ligt aan de Parklaan.' },
  { phrase: 'in geval van nood', example: 'In geval van nood kun je altijd bij de receptie terecht.' },
  { phrase: 'bij (?:een )?(?:levensbedreigende )?nood(?:geval)?', example: 'Bij een noodgeval op de afdeling belt u altijd 112.' },
  { phrase: 'bel (?:altijd )?(?:112|999|911)', example: 'Ziet u rook of vuur? Bel altijd 112.' },
  { phrase: 'dagelijks (?:van|tussen|vanaf)', example: 'De kinderboerderij is dagelijks van 10 tot 17 uur open.' },
  { phrase: 'elke dag (?:van|tussen|vanaf)', example: 'Het inloopspreekuur is elke dag van 9 tot 11 uur.' },
  { phrase: 'parkeren kan', example: 'Parkeren kan gratis op het terrein achter de sporthal.' },
  { phrase: '(?:houd|hou) rekening met', example: 'Houd rekening met extra drukte rond het stadion.' },
  // Works and detours: what is being replaced, which way to take instead.
  { phrase: '(?:wordt|worden) (?:\\p{L}+ ){0,4}(?:vervangen|vernieuwd|opgebroken|heraangelegd|afgesloten|omgeleid)', example: 'Volgende week worden de stoepen vernieuwd in de Lindelaan.' },
  { phrase: 'neem (?:tot \\p{L}+ \\p{L}+ )?(?:de trap|de lift|de ingang|de omleiding|de andere|het \\p{L}+pad)', example: 'De roltrap is stuk, neem de lift naast de apotheek.' },
  { phrase: 'gebruik (?:dan )?(?:de|het) (?:\\p{L}+ )?(?:ingang|route|pad|parking|trap|lift)', example: 'Gebruik de ingang aan de achterkant van het gebouw.' },
  { phrase: '(?:fietsers|voetgangers|bezoekers|wandelaars) kunnen (?:via|omrijden)', example: 'Fietsers kunnen via het park naar het station.' },
  { phrase: '(?:verschuift|verhuist) naar {day}', example: 'De weekmarkt verschuift naar vrijdag vanwege Koningsdag.' },
  { phrase: 'zet (?:je|jouw|uw) \\p{L}+ (?:buiten|klaar|aan de straat)', example: 'Zet je container aan de straat voor 7.30 uur.' },
];

/** A notice's label at the start of a post. */
export const noticeHeads: PhraseEntry[] = [
  { phrase: 'servicebericht', example: 'Servicebericht: de app is vannacht tussen 1 en 3 uur niet beschikbaar.' },
  { phrase: 'mededeling', example: 'Mededeling: de raadsvergadering van dinsdag gaat niet door.' },
  { phrase: 'wegafsluiting', example: 'Wegafsluiting Dorpsstraat van 3 tot en met 7 maart.' },
  { phrase: 'goed nieuws', example: 'Goed nieuws: het buitenbad gaat dit jaar een week eerder open.' },
  { phrase: 'aankondiging', example: 'Aankondiging: de jaarmarkt verhuist naar het Stationsplein.' },
];

export const launches: PhraseEntry[] = [
  { phrase: 'opent (?:op|de deuren|vandaag|morgen)', example: 'De nieuwe bibliotheek in Oosterveld opent op zaterdag 4 oktober.' },
  { phrase: 'gaat open', example: 'Het buitenbad gaat open zodra het twintig graden wordt.' },
  { phrase: 'is (?:van )?start', example: 'De bouw van de nieuwe brede school is van start.' },
  { phrase: 'is gestart', example: 'De renovatie van de Markthal is gestart.' },
  { phrase: 'start (?:op|vandaag|morgen|volgende)', example: 'De cursus digitale vaardigheden start volgende week in het buurthuis.' },
  { phrase: 'lanceert', example: 'Zorgnet lanceert een app waarmee je zelf je afspraak verzet.' },
  { phrase: 'gelanceerd', example: 'Onze nieuwe website is vandaag gelanceerd.' },
  { phrase: '(?:heeft|hebben) [^.?!]{0,40}(?:goedgekeurd|besloten|vastgesteld)', example: 'De gemeenteraad heeft gisteravond het nieuwe parkeerbeleid vastgesteld.' },
  { phrase: 'goedgekeurd', example: 'Bouwplan Stationskwartier goedgekeurd door de provincie.' },
  { phrase: 'is (?:ingediend|verstuurd|aangepast|bijgewerkt)', example: 'De dienstregeling voor de zomer is aangepast.' },
  { phrase: 'update nu', example: 'Update nu de app voor de nieuwste functies.' },
  // Catches the English "is open" too.
  { phrase: '(?<!(?:{figurativeOpen}) )(?:is|zijn) (?:alleen |ook |weer |extra |langer )?(?:open|geopend)', example: 'Het zwembad is weer open na de renovatie.' },
  { phrase: 'vandaag gepubliceerd', example: 'Het nieuwe jaarverslag is vandaag gepubliceerd.' },
  { phrase: 'ligt (?:weer )?op de mat', example: 'De nieuwe wijkkrant ligt weer op de mat.' },
  { phrase: 'online lezen', example: 'Je kunt het magazine ook online lezen.' },
  { phrase: '(?:is|zijn) (?:nu |vanaf nu |vanaf vandaag )?(?:beschikbaar|verkrijgbaar|te downloaden)', example: 'De nieuwe afvalkalender is nu beschikbaar in de app.' },
  { phrase: 'live op', example: 'Vanavond live op Radio Dalzicht: de burgemeester beantwoordt vragen.' },
  { phrase: 'vanavond (?:om|live)', example: 'Vanavond om 20.00 uur debat over de begroting.' },
  { phrase: '(?:start|begint) (?:de|het|met|vandaag|morgen|volgende)', example: 'Morgen begint de Week van de Mantelzorg.' },
];

export const liveNow: PhraseEntry[] = [
  { phrase: 'staat (?:nu )?(?:live|online)', example: 'De nieuwe website van de bibliotheek staat nu online.' },
  // Catches the English "is live", "is online" too.
  { phrase: 'is (?:nu )?(?:live|online)', example: 'Het digitale loket is nu live.' },
  { phrase: 'nu (?:live|online|open|beschikbaar)', example: 'Nu beschikbaar: de gratis parkeerapp voor bewoners.' },
  { phrase: '(?:is|zijn) (?:nu )?geopend', example: 'De inschrijvingen voor de zomerschool zijn nu geopend.' },
  { phrase: 'vandaag geopend', example: 'Vandaag geopend: het gezondheidscentrum aan de Lindelaan.' },
  { phrase: 'is binnen', example: 'De nieuwe collectie is binnen!' },
  { phrase: 'is (?:vastgesteld|verschenen|gepubliceerd|gelanceerd)', example: 'De nieuwe wijkgids is verschenen.' },
  { phrase: 'vastgesteld', example: 'Begroting 2026 vastgesteld door de raad.' },
  { phrase: 'te koop', example: 'Bouwkavels in Zuiderhof nu te koop.' },
  { phrase: 'nu verkrijgbaar', example: 'De jaarkaart is nu verkrijgbaar bij de kassa.' },
  { phrase: 'binnenkort', example: 'Binnenkort opent ons tweede servicepunt in Noord.' },
  { phrase: 'nieuw (?:op|in|bij|van)', example: 'Nieuw in de bibliotheek: een leeshoek voor peuters.' },
];

/** A launch's label at the start of a post. */
export const launchHeads: PhraseEntry[] = [
  // Een label ("Nieuw:", "Nieuw in onze winkel"), geen bijvoeglijk naamwoord ("Nieuw paneel, verse tape").
  { phrase: 'nieuw(?= ?[:!|–]| - | (?:in|op|bij|voor|vanaf|uit|van|deze|dit|vandaag) )', example: 'Nieuw: een spreekuur voor mantelzorgers in het wijkcentrum.' },
  { phrase: 'publicatie(?= ?[:!|–]| - )', example: 'Publicatie: de monitor Wonen en Zorg 2025 staat online.' },
  { phrase: 'nieuws(?= ?[:!|–]| - | (?:uit|van|over) )', example: 'Nieuws uit de raad: de nieuwe sporthal komt er.' },
];

/** The organisation announcing itself. */
export const selfAnnouncements: PhraseEntry[] = [
  { phrase: 'trots (?:om te|dat|op)', example: 'We zijn trots op onze vrijwilligers in de wijkcentra.' },
  { phrase: 'met trots', example: 'Met trots presenteren we ons nieuwe logo.' },
  { phrase: 'blij (?:om te )?(?:melden|aankondigen|delen)', example: 'We zijn blij om te melden dat de wachtlijst weg is.' },
  { phrase: 'verheugd', example: 'Wij zijn verheugd met de komst van twee nieuwe huisartsen.' },
  { phrase: 'wij kondigen', example: 'Wij kondigen met plezier de winnaar van de fotowedstrijd aan.' },
  { phrase: 'kondigen (?:vandaag |met trots )?aan', example: 'We kondigen vandaag aan dat we uitbreiden naar Gent.' },
];

/** Pride as an opening cry: "Trots!". */
export const prideHeads: PhraseEntry[] = [
  { phrase: 'trots(?= ?[!:🎉])', example: 'Trots! Ons team van de thuiszorg won de regionale zorgprijs.' },
];

export const saveTheDate: PhraseEntry[] = [
  { phrase: 'noteer (?:alvast )?(?:in je agenda|de datum)', example: 'Noteer alvast in je agenda: de open dag is op 14 juni.' },
  { phrase: 'zet (?:het )?in je agenda', example: 'Zet het in je agenda: de buurtbarbecue op 30 augustus.' },
];

export const signUps: PhraseEntry[] = [
  { phrase: 'schrijf (?:je|u) (?:nu |snel |vandaag )?in', example: 'Schrijf je nu in voor de gratis fietsles voor senioren.' },
  { phrase: 'inschrijven(?: kan)?(?: via| op|:)?', example: 'Inschrijven kan via de website tot 1 maart.' },
  { phrase: 'meld (?:je|u) (?:nu |snel )?aan', example: 'Meld je snel aan, want vol is vol.' },
  { phrase: 'aanmelden(?: kan)?(?: via| op|:)', example: 'Aanmelden via de website van de sportdienst.' },
  { phrase: 'kom (?:op|naar|langs|kijken|ook|gerust)', example: 'Kom langs op onze open dag!' },
  { phrase: '(?:organiseren|organiseert) (?:we|wij|op|een)', example: 'Op 5 april organiseren we een repaircafé in het buurthuis.' },
  { phrase: '(?:we|wij) organiseren', example: 'Wij organiseren een inloopavond over de nieuwe wijk.' },
  { phrase: 'gratis toegang', example: 'Gratis toegang voor kinderen tot 12 jaar.' },
  { phrase: 'welkom op (?:onze|de) (?:open dag|jobdag|infosessie|informatieavond)', example: 'Welkom op onze open dag, zaterdag van 10 tot 14 uur.' },
];

export const eventNames: PhraseEntry[] = [
  { phrase: 'informatieavond', example: 'Informatieavond over het warmtenet, donderdag in het stadhuis.' },
  { phrase: 'infoavond', example: 'Infoavond voor ouders van nieuwe leerlingen op 12 maart.' },
  { phrase: 'infosessie', example: 'Infosessie over de renovatiepremie in het dienstencentrum.' },
  { phrase: 'studiedag', example: 'Studiedag voor huisartsen over valpreventie bij ouderen.' },
  { phrase: 'jobdag', example: 'Jobdag in het ziekenhuis: maak kennis met je toekomstige collega\'s.' },
  { phrase: 'open dag', example: 'Open dag bij de brandweerkazerne, met ritjes in de ladderwagen.' },
  { phrase: 'open huis', example: 'Open huis in het nieuwe woonzorgcentrum.' },
  { phrase: 'inloopavond', example: 'Inloopavond over de herinrichting van de Dorpsstraat.' },
  { phrase: 'winterfeest', example: 'Het winterfeest op het Marktplein begint om 16 uur.' },
  { phrase: 'zomerfeest', example: 'Zomerfeest in het park, met muziek en een springkussen.' },
];

export const readMore: PhraseEntry[] = [
  { phrase: 'lees (?:meer|verder|het hele|het rapport|hier)', example: 'Lees meer over de nieuwe regels op onze website.' },
  { phrase: 'meer (?:info|informatie)(?: op| via|:)', example: 'Meer informatie op de site van het ziekenhuis.' },
  { phrase: 'kijk (?:op|voor|via)', example: 'Kijk op de site voor de actuele wachttijden.' },
  { phrase: 'op de website', example: 'Alle data staan op de website.' },
  { phrase: 'download (?:het|de|hier)', example: 'Download het rapport via de link hieronder.' },
  { phrase: 'link in de bio', example: 'Alle info via de link in de bio.' },
];

export const downloads: PhraseEntry[] = [
  { phrase: 'kan je downloaden', example: 'De folder kan je downloaden op onze site.' },
  { phrase: 'alle info', example: 'Alle info over de zomerkampen vind je hier.' },
  { phrase: 'op onze website', example: 'De nieuwe afvalkalender staat op onze website.' },
  { phrase: 'kaarten (?:via|bestellen)', example: 'Kaarten via de balie van de schouwburg.' },
];

export const publications: PhraseEntry[] = [
  { phrase: 'rapport', example: 'Het rapport over de luchtkwaliteit in de binnenstad is klaar.' },
  { phrase: 'jaarverslag', example: 'Ons jaarverslag over 2025 staat online.' },
  { phrase: 'nieuwsbrief', example: 'De nieuwsbrief van december gaat over de kerstmarkt.' },
  // A leaflet in Dutch; in English a folder holds files.
  { phrase: 'folder', example: 'De folder met alle activiteiten ligt in de bibliotheek.' },
];

export const jobs: PhraseEntry[] = [
  { phrase: 'solliciteer', example: 'Solliciteer voor 1 mei via onze werkenbij-site.' },
  { phrase: 'vacature', example: 'Vacature: verpleegkundige voor de nachtdienst.' },
  { phrase: '(?:wij|we) zoeken (?:een|nieuwe)', example: 'Wij zoeken een enthousiaste buurtsportcoach.' },
];

export const salesCalls: PhraseEntry[] = [
  { phrase: 'bestel (?:nu|vandaag)', example: 'Bestel nu je zonnepanelen en betaal pas bij oplevering.' },
  { phrase: 'boek (?:nu|vandaag)', example: 'Boek nu je kennismakingsgesprek met een energiecoach.' },
  { phrase: 'op=op', example: 'Laatste kaarten voor het nieuwjaarsconcert, op=op.' },
  { phrase: 'waar wacht je nog op', example: 'Gratis isolatieadvies aan huis, waar wacht je nog op?' },
];

/** The register of a press release. */
export const releaseRegister: PhraseEntry[] = [
  { phrase: 'persbericht', example: 'Persbericht: Zorgnet Schelde opent een tweede spoedpost.' },
  { phrase: 'noot voor de redactie', example: 'Noot voor de redactie: beeld is op te vragen bij de afdeling communicatie.' },
  { phrase: 'aldus', example: '"We zijn blij met de nieuwe brug," aldus wethouder Jansen.' },
  { phrase: 'heeft vandaag', example: 'De gemeente heeft vandaag de eerste paal geslagen voor de nieuwe school.' },
  { phrase: 'maakt vandaag bekend', example: 'Zorgnet Schelde maakt vandaag bekend dat het samengaat met Zorggroep Oost.' },
];
