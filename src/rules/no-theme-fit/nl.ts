// Dutch leisure and fan talk: snacks, TV, matches, polls about favourites. An organisation's post
// about these serves no goal unless it also touches a theme. Every entry has an example that a
// test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const leisure: PhraseEntry[] = [
  { phrase: 'friet(?:je|jes|saus|sauzen)?', example: 'Welke frietsaus wint? Stem in onze stories!' },
  { phrase: 'mayo', example: 'Friet met mayo of zonder?' },
  { phrase: 'snoep', example: 'Wie heeft het snoep van de balie gepakt?' },
  { phrase: 'chipssmaak', example: 'Wat is jullie favoriete chipssmaak?' },
  { phrase: 'favoriete snack', example: 'Wat is jouw favoriete snack op vrijdag?' },
  { phrase: 'bier(?:tje|tjes|festival|proeverij)?', example: 'Tijd voor een biertje na de dienst!' },
  { phrase: 'borrel(?:tje)?', example: 'Vrijdag borrel op de afdeling.' },
  { phrase: 'songfestival', example: 'Wie kijkt er mee naar het Songfestival?' },
  { phrase: 'eurovisie', example: 'Wie wint de Eurovisie dit jaar?' },
  { phrase: 'bioscoop', example: 'Gisteren naar de bioscoop geweest.' },
  { phrase: 'tv-serie|tv-programma', example: 'Welke tv-serie kijken jullie nu?' },
  { phrase: 'seizoensfinale', example: 'Wat een seizoensfinale gisteren!' },
  { phrase: '(?:favoriete|beste) (?:kerst)?(?:film|serie|tv-serie|liedje|album)', example: 'Wat is jullie favoriete kerstfilm?' },
  { phrase: 'filmavond', example: 'Filmavond met het team!' },
  { phrase: 'kerstfilm', example: 'Tijd voor een kerstfilm.' },
  { phrase: 'voetbal', example: 'Wie kijkt er vanavond voetbal?' },
  { phrase: 'rode duivels', example: 'Hup Rode Duivels!' },
  { phrase: 'wk-finale|ek-finale', example: 'Vanavond de EK-finale op groot scherm.' },
  { phrase: 'de match|wat een match', example: 'Wat een match gisteren!' },
  { phrase: 'wat een goal', example: 'Wat een goal in de laatste minuut!' },
  { phrase: 'stadion', example: 'Zondag met z\'n allen naar het stadion.' },
  { phrase: 'formule 1', example: 'Wie wint de Formule 1 dit weekend?' },
  { phrase: 'olympische spelen', example: 'Kijk jij ook de Olympische Spelen?' },
  { phrase: 'wat een race', example: 'Wat een race was dat!' },
  { phrase: 'doelpunt', example: 'Wat een doelpunt in de blessuretijd.' },
  { phrase: 'scheidsrechter', example: 'Die scheidsrechter zag het niet.' },
  { phrase: 'wie wint(?: er)?', example: 'Wie wint er vanavond?' },
  { phrase: '(?:stem|poll) in onze stories', example: 'Welke frietsaus wint? Stem in onze stories!' },
  { phrase: 'team \\p{L}+ of team \\p{L}+', example: 'Team friet of team kroket?' },
  // Een wedstrijdverslag: de stand, de minuut, de competitie.
  { phrase: '(?:wat een pot|wat een wedstrijd)', example: 'Wat een pot gisteravond, ik tril nog steeds.' },
  { phrase: 'in de \\d{1,3}(?:e|ste|de) minuut|blessuretijd', example: 'De 3-2 in de 94e minuut, wat een ontlading.' },
  { phrase: '(?:met )?\\d{1,2}[-–]\\d{1,2} (?:gewonnen|verloren|gelijk)|(?:won|verloor|wonnen|verloren) (?:met )?\\d{1,2}[-–]\\d{1,2}', example: 'Zondag met 3-1 gewonnen van de koploper!' },
  { phrase: 'eredivisie|eerste divisie|keuken kampioen divisie|jupiler pro league|koploper|tam middenveld', example: 'Dertig jaar naar de eredivisie, en nog nooit zo\'n tam middenveld gezien.' },
  { phrase: 'heel holland bakt|wie is de mol|boer zoekt vrouw|de slimste mens|expeditie robinson', example: 'Wie keek er ook naar de finale van Heel Holland Bakt?' },
  { phrase: 'gisteravond (?:naar )?(?:de )?(?:finale|aflevering)|de aflevering van gisteravond', example: 'Gisteravond de finale gezien? Wat een ontknoping.' },
  // Vakanties en uitstapjes.
  { phrase: '(?:op|terug van|na (?:de|mijn|onze)) vakantie|vakantiefoto(?:\\p{L})*', example: 'Terug van vakantie, met veel te veel foto\'s.' },
  { phrase: 'met de camper|rondgetrokken|strandje|roadtrip', example: 'Drie weken rondgetrokken door de Algarve met de camper.' },
  // Koken en recepten.
  { phrase: '(?:favoriete |ons |mijn )?recept(?:en)?', example: 'Ons favoriete recept voor boerenkool met een twist.' },
  { phrase: 'stamppot(?:dag)?|boerenkool|rookworst|appeltaart|zondagse? (?:stoof)?pot', example: 'Zondag = stamppotdag met boerenkool en rookworst.' },
  // Hobby's, sport voor de lol, huisdieren en het weer: een leven naast het werk.
  { phrase: 'vissen|hengelen|karper(?:s)?', example: 'Heerlijk dagje vissen aan de plas, drie karpers voor de middag.' },
  { phrase: 'halve marathon|marathon|persoonlijk record', example: 'Zondag mijn eerste halve marathon gelopen, persoonlijk record!' },
  { phrase: 'golfen|golfbaan|hole-in-one', example: 'Een hole-in-one op hole 7 van de golfbaan, het rondje is voor mij.' },
  { phrase: 'oldtimer(?:s)?|oldtimerbeurs', example: 'Met de oldtimer naar de oldtimerbeurs in het dorp.' },
  { phrase: 'puppy|kitten|onze nieuwe hond|mijn hond|mijn kat|onze (?:kat|poes|kater)|volgende (?:vakantie|reis) al aan het plannen', example: 'Dit is onze nieuwe puppy, de bank is al aangevreten. Onze kat is er niet blij mee.' },
  { phrase: 'eerste sneeuw|sneeuwpop|sneeuwman|hittegolf', example: 'Eerste sneeuw van het jaar! Wie heeft er al een sneeuwman gemaakt?' },
  { phrase: 'breien|haken|legpuzzel', example: 'Mijn eerste breiwerk is af: een heel scheve sjaal. Volgende stap: breien met twee kleuren.' },
  { phrase: 'padel(?:toernooi)?|schaatsen|natuurijs|zeilvakantie|surfles|zuurdesem(?:brood)?', example: 'Misschien kan er dit weekend op natuurijs geschaatst worden, ik heb de schaatsen al klaarliggen.' },
  { phrase: 'patat(?:je)?|kibbeling|snackbar', example: 'Vrijdagtraditie op kantoor: patat en kibbeling van de snackbar op de hoek.' },
  // Sport voor de lol, per soort en niet per hobby die we laatst zagen: koersen, bord- en
  // denkspellen, balsporten, een podium in de eigen leeftijdscategorie. Woorden die het Engels ook
  // gebruikt (bowling, badminton, karaoke) staan alleen in en.ts: de lijsten lopen samen. En geen
  // woord dat een mededeling over het werk gebruikt ("nieuwe ramen", "verhuisd? geef je adres
  // door", "picknicktafels", "op het podium: Hamlet").
  { phrase: 'veldrit(?:ten)?|veldrijden|wielerwedstrijd|wielertoerist(?:en)?|wielrennen|toertocht', example: 'Derde in de veldrit van Lille, modder tot achter mijn oren. #veldrijden' },
  { phrase: 'schaken|schaaktoernooi|schaakclub|bowlen|biljarten|volleybal|tennissen|tennistoernooi|triatlon', example: 'Zondag bowlen met mijn schoonbroers, alleen in de laatste beurt een strike.' },
  { phrase: 'kroegquiz|pubquiz', example: 'Tweede geworden op de pubquiz in het dorp!' },
  { phrase: 'mijn leeftijdscategorie', example: 'Eerste in mijn leeftijdscategorie, voor het eerst.' },
  // Spelletjes en puzzels.
  { phrase: 'bordspel(?:len)?|gezelschapsspel(?:len)?|kruiswoordpuzzel', example: 'Zondag bordspellen met de familie: wie wint er altijd bij jullie?' },
  { phrase: 'welk (?:album|liedje|nummer|film)', example: 'Vrijdagvraag: welk album draaide jij grijs in de jaren negentig?' },
  // Uitstapjes, reizen en de tuin.
  { phrase: 'appels (?:geplukt|plukken)|appelpluk|fruitpluk|zelfpluk|pretpark|efteling|walibi|plopsaland|achtbaan', example: 'Zondag met de kinderen appels geplukt in Haspengouw. #appelpluk' },
  { phrase: 'rustige camping|op de camping|citytrip|weekendje weg|skivakantie|wintersport', example: 'Iemand tips voor een rustige camping in de Jura?' },
  { phrase: 'moestuin|volkstuin(?:tje)?|tomatenplant(?:en)?|kilo tomaten|mijn kas|in mijn tuin', example: 'Mijn kas achter het huis gaf dit jaar 14 kilo tomaten.' },
  // Thuis koken en familie-etentjes.
  { phrase: 'pannenkoeken|bitterballen|frikandel(?: speciaal)?|bicky|frietkot|kroket(?:ten)?|gourmetten|raclette|fondue|mosselen', example: 'Bicky of frikandel speciaal aan het frietkot?' },
  { phrase: 'schoonbroer(?:s)?|schoonzus(?:sen)?|schoonouders|schoonmoeder|bij mijn (?:moeder|ouders|oma)', example: 'Zondag eten bij mijn moeder en daarna bowlen met mijn schoonbroers.' },
  // Thuis, verzamelen en uit eten. Geen schoolvakanties, fanfares of koren: een mededeling zegt
  // wanneer de balie in de kerstvakantie dicht is, een evenement noemt de fanfare die speelt.
  { phrase: '(?:eindelijk|net|we zijn|ik ben) verhuisd|klusjesman|ikea-kast', example: 'Eindelijk verhuisd, en weet iemand een goede klusjesman voor de dakgoot?' },
  { phrase: 'modelspoor(?:baan)?|postzegelverzameling|ramenzaak|noedels', example: 'Zondag naar een nieuwe ramenzaak geweest, nog meer tips voor goede noedels?' },
];
