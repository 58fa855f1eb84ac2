// Dutch and Flemish words of the subject families (see types.ts). Compounds match on their last
// part ("gemeenteraadsverkiezingen" on "verkiezingen"), so a list holds the heads. Only words
// that name the subject on their own: "beleid" or "begroting" are left out because
// organisations post about their own policy and budget every day. Every list has an example
// that a test walks.
import type { FamilyEntry } from './types';

export const NL: readonly FamilyEntry[] = [
  {
    family: 'politics',
    words: ['politiek', 'politieke', 'politicus', 'politici', 'verkiezingen', 'verkiezing', 'kiezers', 'stemadvies', 'coalitie', 'oppositie', 'regering', 'kabinet', 'minister', 'ministers', 'parlement', 'kamerleden', 'kamerlid', 'volksvertegenwoordiger', 'fractie', 'fracties', 'motie', 'moties', 'referendum', 'lobbyen', 'partijpolitiek', 'partijen', 'stemmen', 'stemt', 'stemde', 'gemeenteraad', 'raadsleden', 'raadslid', 'wethouder', 'wethouders', 'schepen', 'schepenen', 'schepencollege', 'stadsbestuur', 'gemeentebestuur', 'bestuursakkoord', 'stembus'],
    strong: ['verkiezingen', 'verkiezing', 'stemadvies', 'referendum', 'partijpolitiek', 'kamerleden', 'stembus'],
    example: 'Stem bij de verkiezingen niet op die partij: deze regering heeft de zorg kapotbespaard.',
    phrases: [
      { phrase: '(?:stemde|stemden|stemt|stemmen|gestemd) (?:\\S+ ){0,3}tegen', example: 'Die partij stemde doodleuk tegen het geld voor de buurtbus.' },
      // Een ander die om je stem komt: niet "we vragen om je stem" voor een prijs.
      { phrase: '(?:als|wanneer) ze (?:\\S+ ){0,3}om (?:je|jouw|uw) stem (?:komen )?(?:vragen|bedelen|smeken)|(?:komen|vragen|bedelen) ze (?:weer )?om (?:je|jouw|uw) stem', example: 'Denk daar aan als ze in maart weer om je stem komen vragen.' },
      // De regeringszetel voor de politici: "die lui in Den Haag", "de plannen uit Brussel".
      { phrase: "(?:lui|heren|figuren|zakkenvullers|bobo's|pennenlikkers|plannen|regels|regeltjes|bemoeienis|regelzucht) (?:\\S+ ){0,1}(?:uit|in|van|vanuit) (?:den haag|brussel)", example: 'Als chauffeur zie ik elke dag wat die lui in Den Haag verzinnen.' },
      { phrase: '(?:in (?:maart|mei|oktober|november)|bij de verkiezingen|in het stemhokje) (?:\\S+ ){0,4}(?:aan|op|naar) wie (?:je|jij|u) (?:je |jouw |uw )?stem (?:geeft|geven|uitbrengt)', example: 'Kijk in maart dus goed naar wie je je stem geeft.' },
      // Wie "in Den Haag denkt dat …": de politiek, zonder haar naam.
      { phrase: '(?:wie|die|ze|zij) (?:daar )?in den haag (?:denkt|denken|vindt|vinden|meent|menen|zegt|zeggen)', example: 'Wie in Den Haag denkt dat het met een applausje goed komt, mag mijn rooster overnemen.' },
      // Regels en geld "uit Den Haag"; wie "ervoor stemde".
      { phrase: '(?:liedje|deuntje|wetten|wetje|richtlijnen|eisen|bezuinigingen|bezuiniging) (?:\\S+ ){0,1}(?:uit|vanuit) (?:den haag|brussel)|(?:wie|die) (?:daar |er )?(?:\\S+ ){0,3}(?:voor|tegen) stemde(?:n)?', example: 'Elk jaar hetzelfde liedje uit Den Haag. Wie daar deze keer voor stemde, kom maar meedraaien.' },
    ],
  },
  {
    family: 'labour',
    words: ['staking', 'stakingen', 'staken', 'staakt', 'vakbond', 'vakbonden', 'vakbondsactie', 'vakbondsacties', 'syndicaat', 'syndicale', 'betoging', 'betogen', 'manifestatie', 'demonstratie', 'protest', 'protestactie', 'piket', 'werkonderbreking'],
    strong: ['staking', 'stakingen', 'vakbond', 'vakbonden', 'vakbondsactie', 'vakbondsacties', 'betoging', 'werkonderbreking', 'syndicale'],
    example: 'Morgen staking: de vakbond roept iedereen op om mee te betogen aan de hoofdingang.',
    phrases: [
      { phrase: '(?:leggen|legt|legden|leg) (?:\\S+ ){0,4}het werk neer', example: 'De chauffeurs leggen maandag het werk neer, hoorde ik.' },
    ],
  },
  {
    family: 'legal',
    words: ['rechtszaak', 'rechtszaken', 'rechter', 'rechters', 'rechtbank', 'vonnis', 'beroepsprocedure', 'advocaat', 'advocaten', 'dagvaarding', 'gedagvaard', 'aanklacht', 'aangeklaagd', 'juridisch', 'juridische', 'schikking', 'schadeclaim', 'schadevergoeding', 'toezichthouder', 'geding'],
    strong: ['rechtszaak', 'rechtszaken', 'rechtbank', 'vonnis', 'dagvaarding', 'gedagvaard', 'aangeklaagd', 'aanklacht', 'schadeclaim'],
    example: 'De rechter heeft ons gelijk gegeven, dus die hele rechtszaak was voor niets.',
    phrases: [
      { phrase: '(?:voor|naar) de rechter (?:gesleept|gedaagd|slepen|dagen|gestapt|stappen)', example: 'De huurders hebben ons voor de rechter gesleept over de servicekosten.' },
    ],
  },
  {
    family: 'incident',
    words: ['incident', 'incidenten', 'ongeval', 'ongevallen', 'ongeluk', 'storing', 'storingen', 'uitval', 'stroomuitval', 'panne', 'defect', 'brand', 'explosie', 'lekkage', 'evacuatie', 'geëvacueerd', 'gewonden', 'gewond', 'dodelijk', 'slachtoffers', 'calamiteit', 'noodsituatie', 'crisis', 'ramp', 'datalek', 'hack', 'gehackt', 'cyberaanval', 'besmetting', 'instorting', 'fout', 'fouten', 'medicatiefout', 'rook', 'vlammen', 'brandweer'],
    strong: ['explosie', 'datalek', 'cyberaanval', 'calamiteit', 'stroomuitval'],
    example: 'Vanochtend brand in de centrale, twee medewerkers zijn gewond naar het ziekenhuis.',
    phrases: [
      { phrase: '(?:kunnen|mogen) (?:\\S+ ){0,4}niet (?:meer )?(?:terug )?naar binnen|door de vlammen|uitslaande brand', example: 'Door de vlammen kunnen jullie tot nader order niet terug naar binnen.' },
      { phrase: '(?:naar|in) het ziekenhuis (?:gebracht|overgebracht|afgevoerd)|met spoed naar het ziekenhuis', example: 'Twee inzittenden zijn na de botsing naar het ziekenhuis gebracht.' },
      { phrase: '(?:agenten|politie|ambulance) (?:\\S+ ){0,2}(?:kwam|kwamen|was|waren|is|zijn) (?:\\S+ ){0,2}ter plaatse|(?:de )?politie (?:\\S+ ){0,2}(?:gebeld|erbij gehaald)|vechtpartij', example: 'Na de vechtpartij bij de fietsenstalling is de politie gebeld; twee agenten waren snel ter plaatse.' },
      // Personeel aangevallen of uitgescholden, een datalek in gewone woorden, een storing met oorzaak.
      { phrase: '(?:collega|chauffeur|belader|medewerker|conducteur|verpleegkundige|kassamedewerker|buschauffeur|beveiliger) (?:\\S+ ){0,3}(?:werd|is|was) (?:\\S+ ){0,4}(?:uitgescholden|bedreigd|geslagen|mishandeld|aangevallen|bespuugd|geduwd)', example: 'Collega werd vanochtend uitgescholden en aan zijn jas getrokken door een automobilist.' },
      { phrase: 'in (?:een van )?onze systemen (?:\\S+ ){0,2}(?:binnengekomen|binnengedrongen|ingebroken)|(?:gegevens|data) (?:\\S+ ){0,3}(?:zijn|is|werden) (?:\\S+ ){0,1}(?:meegenomen|buitgemaakt|gestolen|gelekt)|(?:heeft|hebben) de politie (?:hem|haar|iemand|de man|de vrouw) (?:\\S+ ){0,2}(?:meegenomen|aangehouden|opgepakt)', example: 'Iemand is van buitenaf in een van onze systemen binnengekomen; we zoeken uit of er gegevens zijn meegenomen. Uiteindelijk heeft de politie hem meegenomen.' },
      { phrase: '(?:klant|patiënt|leden|persoons|klanten)gegevens (?:\\S+ ){0,3}(?:gestolen|gelekt|buitgemaakt|ingezien|gedownload|op straat)', example: 'Iemand heeft met een oude sleutel klantgegevens gedownload voordat we het dichtzetten.' },
      { phrase: '(?:lag|lagen|was|waren) (?:\\S+ ){0,3}(?:eruit|plat|offline) (?:\\S+ ){0,4}(?:doordat|omdat|door een)', example: 'De app lag vanochtend plat doordat een update bij ons misging.' },
    ],
  },
  {
    family: 'fraud',
    words: ['fraude', 'fraudeurs', 'oplichters', 'oplichting', 'diefstal', 'gestolen', 'criminelen', 'phishing', 'opgelicht', 'bestolen'],
    strong: ['fraudeurs', 'opgelicht', 'bestolen'],
    example: 'Fraudeurs belden onze leden en een paar van hen zijn opgelicht.',
    phrases: [
      // Fraude die mensen trof: geld weg, inloggegevens buitgemaakt.
      { phrase: 'geld (?:\\S+ ){0,3}(?:kwijt(?:geraakt)?|gestolen|weggehaald)|(?:inloggegevens|wachtwoorden|rekeningen) (?:\\S+ ){0,2}(?:zijn|werden|waren) (?:\\S+ ){0,1}(?:gestolen|gehackt|buitgemaakt)', example: 'Zo\'n veertig klanten zijn geld kwijtgeraakt nadat hun inloggegevens werden buitgemaakt.' },
    ],
  },
  {
    family: 'finance',
    words: ['jaarcijfers', 'kwartaalcijfers', 'winst', 'omzet', 'inkomsten', 'kwartaal', 'dividend', 'aandelen', 'aandeelhouders', 'overname', 'fusie', 'tarieven', 'tarief', 'tariefwijziging', 'prijsstijging', 'prijsverhoging', 'bonussen', 'verhoging', 'tekort', 'tekorten', 'belasting', 'belastingen', 'heffing', 'heffingen', 'woonlasten', 'overschot', 'reserves'],
    strong: ['jaarcijfers', 'kwartaalcijfers', 'dividend', 'aandeelhouders', 'overname', 'fusie', 'prijsstijging', 'tariefwijziging'],
    example: 'De kwartaalcijfers zijn binnen: recordwinst en meer dividend voor de aandeelhouders.',
    phrases: [
      { phrase: "(?:huur|huren|huurprijs|huurprijzen|prijs|prijzen|tarief|tarieven|kosten|collegegeld|contributie|premie|abonnement|bijdrage|woonlasten|lasten|belasting|belastingen|heffing|rente) (?:\\S+ ){0,8}(?:stijgt|stijgen|omhoog gaat|omhoog gaan|gaat (?:\\S+ ){0,3}omhoog|gaan (?:\\S+ ){0,3}omhoog|(?:wordt|worden) (?:\\S+ ){0,2}verhoogd|duurder)", example: 'Ik hoorde dat de huur per 1 juli met zo\'n 5 procent stijgt.' },
      { phrase: '(?:huur|prijs|tarief|premie|belasting)(?:verhoging|stijging)(?:en)?', example: 'Er komt weer een huurverhoging aan, zeggen ze.' },
      // Een rente of prijs die verandert, in cijfers: "3,1% in plaats van 3,4%", "van 4% naar 3,5%".
      // Een rente of prijs, geen aandeel ("het aandeel gescheiden afval ging van 58% naar 71%").
      { phrase: '(?:rente|spaarrente|tarief|tarieven|prijs|prijzen|premie|hypotheek|deposito|spaarrekening|heffing|belasting|huur|contributie|dividend)(?: \\S+){0,6} (?:\\d+(?:[.,]\\d+)? ?% (?:in plaats van|i\\.p\\.v\\.) \\d+(?:[.,]\\d+)? ?%|van \\d+(?:[.,]\\d+)? ?% naar \\d+(?:[.,]\\d+)? ?%)', example: 'Vanaf januari krijg je op de spaarrekening 3,1% in plaats van 3,4%, en het deposito gaat van 3% naar 12%.' },
      // Een prijs die naar een nieuw bedrag per eenheid gaat: "gaat naar € 9,80 per keer legen".
      { phrase: '(?:gaat|gaan|ging) (?:\\S+ ){0,4}(?:omhoog |omlaag )?naar (?:€ ?\\d{1,3}(?:\\.\\d{3})*(?:,\\d{2})?|\\d{1,3}(?:\\.\\d{3})*(?:,\\d{2})? euro) (?:per|de|het|voor elke|voor een)(?!\\p{L})', example: 'Volgens mij gaat het volgend jaar naar € 9,80 per keer legen.' },
      // Een jaar in de min, in de rode cijfers.
      { phrase: '(?:gaan|gingen|staan|stonden|zitten|zaten|draaien|draaiden|komen|kwamen|eindigen|eindigden) (?:we |wij )?(?:\\S+ ){0,3}(?:flink |diep |fors )?in de (?:min|rode cijfers)|(?:draaien|draaiden|leden|lijden) (?:\\S+ ){0,2}verlies', example: 'Eerlijk verhaal: ook bij ons gaan we dit jaar flink in de min.' },
      // Een jaarresultaat in geld: "we hebben 38 miljoen winst gemaakt".
      { phrase: '\\d[\\d.,]* ?(?:miljoen|mln|miljard) (?:euro |pond )?(?:winst|verlies|overschot|tekort)|(?:winst|verlies|overschot|tekort) van (?:zo\'n |ruim |bijna )?(?:€|£|euro )? ?\\d[\\d.,]* ?(?:miljoen|mln|miljard)', example: 'Vorig jaar hebben we 38 miljoen winst gemaakt, er is genoeg in kas.' },
      // Een prijs die verandert, in geld: "30 cent duurder", "19 euro in plaats van 17".
      { phrase: '\\d+(?:[.,]\\d+)? ?(?:cent|euro|eurocent|procent|%) (?:\\S+ ){0,2}(?:duurder|goedkoper)|(?:€ ?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)? ?(?:euro|cent)|\\d+,\\d{2}) in plaats van (?:€ ?)?\\d+', example: 'Vanaf maart wordt een maandabonnement 4 euro duurder: je betaalt dan 49 euro in plaats van 45.' },
    ],
  },
  {
    family: 'investing',
    words: ['beleggen', 'belegging', 'beleggingen', 'belegger', 'beleggers', 'aandelen', 'fondsen', 'indexfonds', 'portefeuille', 'crypto', 'bitcoin', 'rendement', 'beursgang', 'vastgoed', 'huizenprijzen'],
    strong: ['beleggen', 'portefeuille', 'crypto', 'bitcoin', 'indexfonds'],
    example: 'Zet je spaargeld in een indexfonds en koop wat crypto zolang het goedkoop is, is mijn tip.',
    phrases: [
      // Een prijsvoorspelling of een kooptip: "over vijf jaar is alles twee keer zo duur", "wie nu koopt".
      { phrase: '(?:stop|zet|steek|beleg) (?:\\S+ ){0,3}in (?:een )?(?:\\S+ ){0,2}(?:indexfonds|aandelen|crypto|tracker)', example: 'Alles boven zes maanden vaste lasten? Zet de rest in een goedkoop indexfonds en laat het staan.' },
      { phrase: '(?:twee keer|dubbel) zo duur|wie nu koopt|(?:huizenprijzen|huizen|prijzen) (?:\\S+ ){0,3}(?:gaan|zullen) (?:\\S+ ){0,2}(?:stijgen|dalen|verdubbelen|omhoog)', example: 'Koop nu een huisje aan de kust: over vijf jaar is alles twee keer zo duur.' },
    ],
  },
  {
    family: 'personnel',
    words: ['ontslag', 'ontslagen', 'ontslagronde', 'banenverlies', 'afvloeiing', 'reorganisatie', 'herstructurering', 'inkrimping', 'salarissen', 'salaris', 'lonen', 'tuchtzaak', 'geschorst', 'schorsing', 'opgestapt', 'afgetreden', 'onderbezetting', 'onderbezet', 'personeelstekort'],
    strong: ['ontslagronde', 'banenverlies', 'afvloeiing', 'reorganisatie', 'herstructurering', 'tuchtzaak'],
    example: 'Na de reorganisatie vallen er ontslagen, en de directie zegt er niets over.',
    phrases: [
      { phrase: '(?:banen|arbeidsplaatsen|plekken|functies|fte) (?:\\S+ ){0,3}(?:verdwijnen|op de tocht|geschrapt)', example: 'Bij de klantenservice staan twintig banen op de tocht.' },
      { phrase: 'verdwijnen er (?:\\S+ ){0,3}(?:banen|arbeidsplaatsen|plekken|functies|fte)', example: 'Als het klopt, verdwijnen er zo\'n twintig plekken.' },
      // Twee scholen of teams samen, functies samengevoegd; niemand te vinden voor het werk.
      { phrase: 'onder één (?:directie|bestuur|leiding)|(?:functies|afdelingen) (?:\\S+ ){0,3}(?:wordt|worden) samengevoegd|voor (?:\\S+ ){1,4}(?:kunnen|kan|konden) we (?:gewoon )?niemand vinden|(?:we|wij) voor (?:\\S+ ){1,4}(?:gewoon )?niemand (?:kunnen|konden) vinden', example: 'De twee scholen gaan vanaf augustus samen verder onder één directie; voor Duits kunnen we gewoon niemand vinden.' },
      { phrase: 'op non-actief (?:gesteld|gezet)', example: 'De chauffeur uit dat filmpje is op non-actief gesteld, hoor ik.' },
      { phrase: '(?:niemand|geen vervanger|geen vervangers) (?:\\S+ ){0,3}(?:gevonden|aangenomen) (?:om|als|voor) (?:\\S+ ){0,2}(?:te )?(?:vervangen|vervanging)', example: 'Er zijn sinds september vier redders weg en er is niemand gevonden om ze te vervangen.' },
    ],
  },
  {
    family: 'product-safety',
    words: ['terugroepactie', 'terugroepacties', 'teruggeroepen', 'terugroepen', 'defect', 'defecten', 'gebrekkig', 'veiligheidsgebrek', 'mankement'],
    strong: ['terugroepactie', 'teruggeroepen', 'veiligheidsgebrek'],
    example: 'De kooktoestellen worden teruggeroepen: door een defect aan het ventiel zijn ze onveilig.',
    phrases: [
      // Een eigen waarschuwing over een product: gebruik het niet meer tot er meer bekend is.
      { phrase: 'gebruik (?:\\S+ ){0,3}(?:voorlopig|even) niet meer|stop (?:voorlopig |even )?met (?:het |die |de )?(?:\\S+ )?gebruiken', example: 'De blauwe drinkzakken scheuren open, dus gebruik die van jou voorlopig niet meer.' },
    ],
  },
  {
    family: 'closures',
    words: ['sluiting', 'sluitingen', 'opheffing', 'opgeheven', 'sloop', 'gesloopt', 'afbraak', 'afgebroken', 'geschrapt', 'afgeschaft', 'afbouw', 'afgebouwd'],
    strong: ['opheffing', 'gesloopt', 'afgebroken'],
    example: 'Ik hoor dat het filiaal wordt opgeheven en de bibbus wordt geschrapt.',
    phrases: [
      { phrase: '(?:gaan|gaat) (?:\\S+ ){0,5}(?:plat|tegen de vlakte)', example: 'Die flats aan de Kastanjelaan gaan over een paar jaar waarschijnlijk plat.' },
      { phrase: '(?:wordt|worden) (?:\\S+ ){0,3}(?:gesloopt|opgeheven|afgebroken)', example: 'Het oude gebouw wordt volgend jaar gesloopt.' },
      { phrase: '(?:gaat|gaan) (?:\\S+ ){0,3}definitief dicht', example: 'Het filiaal in Bossegem gaat in maart definitief dicht.' },
      // "Sluit … definitief", niet "sluit om 15.00 uur de deuren".
      { phrase: '(?:sluit|sluiten) (?:\\S+ ){0,8}(?:definitief|voorgoed|voor altijd)', example: 'De bank sluit in maart het kantoor aan de Markt definitief.' },
      // Langer dicht dan een feestdag: "gaat volgend jaar een jaar dicht", "maandenlang dicht".
      { phrase: '(?:gaat|gaan|blijft|blijven) (?:\\S+ ){0,4}(?:een (?:heel )?jaar|jaren|maanden|maandenlang|voorgoed) dicht', example: 'Het zwembad gaat volgend jaar maanden dicht voor een renovatie, hoorde ik.' },
      // Een keten die meerdere vestigingen sluit.
      // Niet voor een uur of een feestdag: "sluiten onze kantoren om 16 uur", "op kerstavond vroeger".
      { phrase: '(?:sluit|sluiten) (?:(?!aan )\\S+ ){0,3}(?:zijn|haar|hun|twee|drie|vier|vijf|\\d+) (?:\\S+ ){0,2}(?:winkels|filialen|kantoren|vestigingen|bibliotheken|depots|stelplaatsen)(?! (?:\\S+ ){0,4}(?:om|tot|vanaf|vroeger|eerder|tijdelijk|voor) )', example: 'De keten sluit volgend voorjaar twee winkels in het noorden.' },
    ],
  },
  {
    family: 'complaint',
    words: ['klacht', 'klachten', 'klager', 'ombudsman', 'ombudsdienst', 'klachtencommissie', 'compensatie', 'nalatigheid', 'wangedrag', 'beschuldiging', 'beschuldigingen', 'aantijgingen'],
    strong: ['klachtencommissie', 'nalatigheid', 'wangedrag'],
    example: 'Over de klacht tegen onze afdeling: de ombudsdienst zal zien dat er geen sprake is van nalatigheid.',
  },
];
