// Dutch (and Flemish) words of a post's shape: opening labels, the furniture of a press release
// and the words around a question or a name (dates, times and amounts are in calendar/).
// Lower-case regex fragments, each list read by the pattern its comment names (see index.ts);
// every entry has an example that shape.test.ts walks through that pattern.
import type { PhraseEntry } from '../phrase-data';

// Labels that open a post: "LET OP:", "#NIEUWS |" (structure.ts).

/** A word before the category ("Latest news"); Dutch labels have none. */
export const kickerQualifiers: PhraseEntry[] = [];

/** A news or service category, as a label opening a post. */
export const kickerCategories: PhraseEntry[] = [
  { phrase: 'let op', example: 'LET OP: de Brugstraat is morgen de hele dag afgesloten.' },
  { phrase: 'nieuws', example: 'Nieuws | De nieuwe sporthal in Oost opent op 1 september.' },
  { phrase: 'laatste nieuws', example: 'Laatste nieuws: het zwembad gaat vanmiddag weer open.' },
  { phrase: 'waarschuwing', example: "WAARSCHUWING: er gaan valse sms'jes rond over een boete van de gemeente." },
  { phrase: 'mededeling', example: 'Mededeling: het stadskantoor is vrijdagmiddag gesloten.' },
  { phrase: 'melding', example: '#MELDING | De brandweer rukt uit voor een brand in een schuur aan de Dorpsweg.' },
  { phrase: 'oproep', example: 'OPROEP: wie heeft de inbraak aan de Kerkstraat gezien?' },
  { phrase: 'gezocht', example: 'GEZOCHT: vrijwilligers voor de kerstmarkt op het Marktplein.' },
  { phrase: 'vermist', example: '#VERMIST | De politie zoekt de 15-jarige Sanne uit Hoevelde.' },
  { phrase: 'aangehouden', example: 'AANGEHOUDEN: twee verdachten van een inbraak in Noord.' },
  { phrase: 'afsluiting', example: 'Afsluiting: de Maasboulevard is zondag dicht voor de marathon.' },
  { phrase: 'storing', example: 'STORING | Het digitale loket is tijdelijk niet bereikbaar.' },
  { phrase: 'verkeer', example: 'Verkeer: drukte rond het centrum door de braderie.' },
  { phrase: 'werkzaamheden', example: 'Werkzaamheden: de Stationsweg is twee weken afgesloten.' },
  { phrase: 'terugroepactie', example: 'Terugroepactie: de supermarkt haalt een partij pindakaas uit de schappen.' },
  { phrase: 'verklaring', example: 'Verklaring | Het college reageert op het rapport over de jeugdzorg.' },
];

// The furniture of a press release.

/** A release's header line (release-register.ts). */
export const releaseHeaders: PhraseEntry[] = [
  { phrase: 'persbericht', example: 'PERSBERICHT\nDe gemeente Dalzicht opent een nieuw zwembad.' },
  { phrase: 'nieuwsbericht', example: 'Nieuwsbericht\nHet ziekenhuis neemt een nieuwe vleugel in gebruik.' },
  { phrase: 'persmededeling', example: 'Persmededeling:\nDe stad Gent voert een nieuw parkeerplan in.' },
];

/** The heading of a release's boilerplate, "Over X" (structure.ts, release-register.ts). */
export const aboutWords: PhraseEntry[] = [
  { phrase: 'over', example: 'Over Zorgnet Schelde\nZorgnet Schelde is een netwerk van twaalf zorglocaties.' },
];

/** An article between "Over" and the name (structure.ts, release-register.ts), or before a subject's name (extract.ts). */
export const articles: PhraseEntry[] = [
  { phrase: 'de', example: 'Over de Stadsbank\nDe Stadsbank helpt inwoners met geldzaken.' },
  { phrase: 'het', example: 'Over het Maasveld Ziekenhuis\nHet Maasveld Ziekenhuis telt 600 bedden.' },
];

/** The verbs of a boilerplate that goes on after its name, "Over X: X heeft …" (structure.ts). */
export const aboutVerbs: PhraseEntry[] = [
  { phrase: 'zijn', example: 'Over Zorgnet Schelde: onze twaalf locaties zijn verspreid over de regio.' },
  { phrase: 'heeft', example: 'Over Woonstede: Woonstede heeft ruim 9.000 huurwoningen in de regio.' },
  { phrase: 'biedt', example: 'Over Bib Vlietstreek: Bib Vlietstreek biedt boeken en cursussen in zes dorpen.' },
  { phrase: 'werkt', example: 'Over Stroomnet: Stroomnet werkt aan een betrouwbaar netwerk in Zeeland.' },
];

/** A line that ends a release, beside "###" and "***" (structure.ts). */
export const endMarks: PhraseEntry[] = [
  { phrase: 'einde persbericht', example: 'De nieuwe brug gaat in mei open.\n\nEinde persbericht' },
];

/** A line that ends a release, beside "###", as the register reads it (release-register.ts). */
export const editorsNoteLines: PhraseEntry[] = [
  { phrase: 'einde persbericht', example: 'Het zwembad opent op 1 juni.\n\nEINDE PERSBERICHT' },
];

/** Notes to editors and press contacts, anywhere in a release (release-register.ts). */
export const editorsNotes: PhraseEntry[] = [
  { phrase: 'noot voor de redactie', example: "Noot voor de redactie: foto's zijn op te vragen bij de afdeling communicatie." },
  { phrase: 'niet voor publicatie', example: 'Niet voor publicatie: de wethouder is bereikbaar voor interviews.' },
  { phrase: 'perscontact', example: 'Perscontact: Anouk de Wit, woordvoerder van het ziekenhuis.' },
  { phrase: 'persvragen', example: 'Persvragen kunt u stellen via de afdeling communicatie.' },
];

/** Who said it, after a closing quote: `," zegt wethouder Jansen` (release-register.ts; case as written). */
export const saidVerbs: PhraseEntry[] = [
  { phrase: 'aldus', example: '"Een mooie dag voor de wijk," aldus wethouder Jansen.' },
  { phrase: 'zegt', example: '"We zijn er klaar voor," zegt wethouder Jansen.' },
  { phrase: 'zei', example: '"Dit had niemand verwacht," zei burgemeester Peeters.' },
  { phrase: 'vertelt', example: '"De wachtlijst is bijna weg," vertelt directeur Van Dam.' },
  { phrase: 'verklaart', example: '"We nemen de zorgen serieus," verklaart voorzitter De Groot.' },
];

/** Who said it, after a comma: ", aldus directeur Peeters" (release-register.ts; case as written). */
export const accordingTo: PhraseEntry[] = [
  { phrase: 'aldus', example: 'Het nieuwe gebouw is klaar voor de toekomst, aldus directeur Peeters.' },
];

/** The day of "Acme today announced" (release-register.ts); Dutch news puts its day elsewhere. */
export const newsDays: PhraseEntry[] = [];

/** The verb of "Acme today announced" (release-register.ts); see newsDays. */
export const newsVerbs: PhraseEntry[] = [];

/** A word before the organisation's name as a news subject, "De gemeente Dalzicht heeft …" (release-register.ts). */
export const nameTitles: PhraseEntry[] = [
  { phrase: 'gemeente', example: 'De gemeente Dalzicht sluit het zwembad voor groot onderhoud.' },
];

/**
 * The day between the organisation's name and its verb (release-register.ts). Dutch puts the verb
 * first ("Dalzicht opent vandaag"), so this fits a headline's telegram style only.
 */
export const todayWords: PhraseEntry[] = [
  { phrase: 'vandaag', example: 'Dalzicht vandaag start met de aanleg van de nieuwe rondweg.' },
];

/** The verbs of the organisation as a news subject, "Zorgnet Schelde investeert …" (release-register.ts). */
export const subjectVerbs: PhraseEntry[] = [
  { phrase: 'heeft', example: 'Dalzicht heeft een akkoord gesloten met de provincie.' },
  { phrase: 'maakt', example: 'Woonstede maakt de huurverhoging voor volgend jaar bekend.' },
  { phrase: 'kondigt', example: 'Dalzicht kondigt een nieuw parkeerbeleid aan.' },
  { phrase: 'opent', example: 'Zorgnet Schelde opent een nieuwe huisartsenpost in Hoevelde.' },
  { phrase: 'opende', example: 'Woonstede opende gisteren het nieuwe wijkkantoor.' },
  { phrase: 'lanceert', example: 'Northwind Energy lanceert een nieuw energiecontract.' },
  { phrase: 'investeert', example: 'Zorgnet Schelde investeert vier miljoen in zorgrobots.' },
  { phrase: 'organiseert', example: 'Dalzicht organiseert een informatieavond over het warmtenet.' },
  { phrase: 'start', example: 'Woonstede start met de bouw van 80 sociale huurwoningen.' },
  { phrase: 'nodigt', example: 'Dalzicht nodigt alle inwoners uit voor de nieuwjaarsreceptie.' },
  { phrase: 'neemt', example: 'Zorgnet Schelde neemt een nieuwe operatiekamer in gebruik.' },
  { phrase: 'sluit', example: 'Dalzicht sluit een contract met een nieuwe afvalverwerker.' },
  { phrase: 'behaalt', example: 'Zorgnet Schelde behaalt opnieuw het kwaliteitslabel.' },
  { phrase: 'wint', example: 'Woonstede wint de prijs voor het beste renovatieproject.' },
  { phrase: 'vraagt', example: 'Dalzicht vraagt inwoners om mee te denken over het centrum.' },
  { phrase: 'zet', example: 'Zorgnet Schelde zet extra personeel in op de spoedpost.' },
  { phrase: 'breidt', example: 'Northwind Energy breidt het windpark voor de kust uit.' },
];

// Around a question or a name (extract.ts).

/** The first word of a yes/no question that a post answers itself: "Wist je dat …? Meld het via …". */
export const hookOpeners: PhraseEntry[] = [
  { phrase: 'ben', example: 'Ben je 65 jaar of ouder? Deze maand krijg je een uitnodiging voor de griepprik.' },
  { phrase: 'bent', example: 'Bent u mantelzorger? Het steunpunt in het stadhuis is elke dinsdag open.' },
  { phrase: 'zijn', example: 'Zijn uw containers kapot? Een nieuwe container wordt binnen een week geleverd.' },
  { phrase: 'heb', example: 'Heb je last van geluidsoverlast? Het meldpunt in het stadskantoor neemt elke melding op.' },
  { phrase: 'hebt', example: 'Hebt u een nieuwe parkeervergunning nodig? De aanvraag gaat voortaan helemaal digitaal.' },
  { phrase: 'heeft', example: 'Heeft uw kind een zwemdiploma nodig? Het zwembad start in maart met nieuwe lessen.' },
  { phrase: 'hebben', example: 'Hebben jullie de nieuwe fietsbrug al gezien? Het bruggetje over de Vliet is sinds maandag open.' },
  { phrase: 'wil', example: 'Wil je leren programmeren? In januari starten gratis avondlessen in de bibliotheek.' },
  { phrase: 'wilt', example: 'Wilt u een gratis boom voor uw tuin? De uitgifte is zaterdag op de gemeentewerf.' },
  { phrase: 'willen', example: 'Willen jullie een buurtfeest organiseren? De gemeente betaalt tot 500 euro mee.' },
  { phrase: 'zoek', example: 'Zoek je een bijbaan voor de zomer? Het parkteam neemt tuinmannen en tuinvrouwen aan.' },
  { phrase: 'zoekt', example: 'Zoekt u een huisarts in Noord? De nieuwe praktijk aan het Marktplein neemt patiënten aan.' },
  { phrase: 'kun', example: 'Kun je een uur per week missen? De voedselbank heeft chauffeurs nodig op zaterdag.' },
  { phrase: 'kunt', example: 'Kunt u de energierekening niet betalen? De geldcoaches van de gemeente helpen gratis.' },
  { phrase: 'kunnen', example: 'Kunnen kinderen veilig naar school fietsen? De nieuwe oversteek bij de Dorpsstraat is klaar.' },
  { phrase: 'weet', example: 'Weet je al waar je stembureau is? Het adres staat op je stempas.' },
  { phrase: 'weten', example: 'Weten jullie al wie er in de raad komt? De uitslag staat vanaf tien uur op de website.' },
  { phrase: 'wist', example: 'Wist je dat de bibliotheek telescopen uitleent? Leden lenen er een voor twee weken.' },
  { phrase: 'ken', example: 'Ken je de nieuwe wandelroute langs de Maas al? De route is elf kilometer lang en goed bewegwijzerd.' },
  { phrase: 'kent', example: 'Kent u iemand die eenzaam is? Het Rode Kruis belt elke week met ouderen in de wijk.' },
  { phrase: 'herken', example: 'Herken je deze signalen van oplichting? De politie zet ze op een rij in een nieuwe folder.' },
  { phrase: 'doe', example: 'Doe je mee aan de Nationale Tuinvogeltelling? Het telformulier staat vanaf vrijdag online.' },
  { phrase: 'ga', example: 'Ga je dit weekend naar de kust? Op de A58 staat een flinke file bij Goes.' },
  { phrase: 'gaat', example: 'Gaat u verhuizen? Uw nieuwe adres geeft u vijf dagen van tevoren door in het online loket.' },
  { phrase: 'gaan', example: 'Gaan jullie op vakantie? De containers mogen pas op de ophaaldag aan de straat.' },
  { phrase: 'kom', example: 'Kom je met de auto naar de kermis? De bus vanaf P+R Zuid rijdt elke tien minuten.' },
  { phrase: 'komt', example: 'Komt u met de auto naar het ziekenhuis? De parkeergarage aan de Zuidzijde is sinds maandag open.' },
  { phrase: 'sta', example: 'Sta je vaak in de file op de ring? Vanaf maandag rijdt er een extra spitsbus.' },
  { phrase: 'zit', example: 'Zit je krap bij kas deze maand? De voedselbank in Noord heeft nog plek voor nieuwe gezinnen.' },
  { phrase: 'wordt', example: 'Wordt uw straat opnieuw bestraat? Op de projectpagina staat per week welke straten aan de beurt zijn.' },
  { phrase: 'moet', example: 'Moet je paspoort vernieuwd worden? Een afspraak maken duurt online nog geen twee minuten.' },
  { phrase: 'nodig', example: 'Nodig een rollator of rolstoel? Het hulpmiddelencentrum levert binnen drie werkdagen.' },
  { phrase: 'op zoek', example: 'Op zoek naar een vakantiebaan? Het zwembad heeft nog plek voor strandwachten in juli.' },
  { phrase: 'nog geen', example: 'Nog geen plannen voor zondag? Het museum is gratis open van tien tot vijf.' },
];

/** The first words of a question put to anyone who can answer: "Wie heeft …?". */
export const openQuestions: PhraseEntry[] = [
  { phrase: 'wie', example: "Wie heeft er nog foto's van het oude zwembad aan de Vliet?" },
  { phrase: 'iemand', example: 'Iemand die de eigenaar kent van deze zwarte kat in de Vlietstraat?' },
  { phrase: 'heeft iemand', example: 'Heeft iemand deze week een zwarte kat gezien in de Vlietstraat?' },
];

/** Capitalised words that open a sentence but are no name: "Vandaag is …" has no news subject. */
export const notNames: PhraseEntry[] = [
  { phrase: 'ik', example: 'Ik start maandag als vrijwilliger bij de voedselbank.' },
  { phrase: 'wij', example: 'Wij hebben de nieuwe speeltuin samen met de buurt ontworpen.' },
  { phrase: 'je', example: 'Je wordt binnen twee werkdagen teruggebeld.' },
  { phrase: 'jij', example: 'Jij gaat toch ook mee naar de buurtbarbecue?' },
  { phrase: 'u', example: 'U ontvangt de nieuwe afvalkalender deze week in de bus.' },
  { phrase: 'zij', example: 'Zij zijn de eerste school in de regio met een eigen moestuin.' },
  { phrase: 'ze', example: 'Ze hebben de hele nacht doorgewerkt aan de dijk.' },
  { phrase: 'hij', example: 'Hij heeft veertig jaar lang de kerkklok opgewonden.' },
  { phrase: 'dit', example: 'Dit is de nieuwe dienstregeling van de veerpont.' },
  { phrase: 'dat', example: 'Dat was de laatste voorstelling van het seizoen.' },
  { phrase: 'er', example: 'Er is nog plek bij de cursus EHBO voor kinderen.' },
  { phrase: 'ons', example: 'Ons Kerstconcert is al helemaal uitverkocht.' },
  { phrase: 'onze', example: 'Onze Buurtbus is weer terug van onderhoud.' },
  { phrase: 'mijn', example: 'Mijn Gemeente App is vanavond niet bereikbaar.' },
  { phrase: 'wat', example: 'Wat is er dit weekend te doen in het park?' },
  { phrase: 'wie', example: 'Wie wint de prijs voor de mooiste voortuin?' },
  { phrase: 'hoe', example: 'Hoe is het afgelopen met de gevonden hond?' },
  { phrase: 'waarom', example: 'Waarom is de Maasbrug deze week dicht?' },
  { phrase: 'wanneer', example: 'Wanneer gaat het zwembad weer open?' },
  { phrase: 'waar', example: 'Waar is deze foto van de oude markt gemaakt?' },
  { phrase: 'als', example: 'Als Dalzicht wint kleuren we het stadhuis oranje.' },
  { phrase: 'dus', example: 'Dus Hendrik heeft na veertig jaar zijn laatste dienst gedraaid.' },
  { phrase: 'en', example: 'En Fatima is vanaf maandag onze nieuwe wijkagent.' },
  { phrase: 'maar', example: 'Maar De Brug is pas in juni klaar.' },
  { phrase: 'dank', example: 'Dank Je Wel is het thema van de vrijwilligersavond.' },
  { phrase: 'hoi', example: 'Hoi Buurman is het nieuwe buurtblad van Noord.' },
  { phrase: 'vandaag', example: 'Vandaag is het stadskantoor gesloten.' },
];
