// Dutch (and Flemish) phrases behind the lexicon signals. Each entry names its signal and
// carries a sentence it must fire on. Keep entries general: the register of a kind of text,
// never the words of one organisation or one corpus.
import type { LexiconEntry } from './types';

export const NL: readonly LexiconEntry[] = [
  { signal: 'announced-today', re: '(?:maakt|maakte|maken) (?:vandaag |gisteren |deze week )?(?:bekend|kenbaar)|(?:heeft|hebben) (?:vandaag |gisteren )?(?:bekendgemaakt|aangekondigd)', example: 'Het bedrijf maakt vandaag bekend dat het uitbreidt.' },
  { signal: 'announced-today', re: '(?:kondigt|kondigde|kondigen) (?:\\p{L}+ ){0,6}aan', example: 'De gemeente kondigt een nieuwe regeling aan.' },
  { signal: 'announced-today', re: '(?:is|zijn) (?:verheugd|trots|blij) (?:om )?(?:te )?(?:kunnen )?(?:melden|aankondigen|bekend te maken|mee te delen|meedelen)', example: 'Het ziekenhuis is verheugd te kunnen melden dat de nieuwe vleugel open is.' },
  { signal: 'announced-today', re: '(?:lanceert|lanceerde|presenteert|presenteerde|introduceert|onthult|onthulde|opent|opende|start|startte|investeert|neemt over|benoemt|benoemde) (?:vandaag|deze week|op \\p{L}+dag)', example: 'De bibliotheek opent vandaag een nieuwe vestiging.' },
  { signal: 'said-quote', re: '(?:aldus|zegt|zei|vertelt|vertelde|verklaart|verklaarde|licht \\p{L}+ toe|volgens)(?: \\p{L}+){0,3},? (?:directeur|wethouder|burgemeester|woordvoerder|voorzitter|ceo|hoofd|manager|professor|dokter|dr|arts|commissaris|officier)', example: 'We zijn trots op het resultaat, aldus wethouder De Vries.' },
  { signal: 'said-quote', re: '[,"”] (?:aldus|zegt|zei|vertelt|vertelde|verklaart|verklaarde)(?! (?:dat|het|je|u))', example: '"Dit is een mooie dag," aldus Fatima Amrani.' },
  { signal: 'press-header', re: 'persbericht|persmededeling|nieuwsbericht|onder embargo|embargo tot', example: 'PERSBERICHT' },
  { signal: 'media-contact', re: 'noot voor de redactie|niet voor publicatie|perscontact|persvragen|voor meer informatie(?: kunt u| kan je| neem)? (?:contact|terecht)|woordvoering|pers(?:dienst|afdeling|woordvoerder)', example: 'Noot voor de redactie: foto’s zijn op te vragen bij de persdienst.' },
  { signal: 'forward-looking', re: 'toekomstgerichte (?:verklaringen|uitspraken)|dit persbericht bevat', example: 'Dit persbericht bevat toekomstgerichte verklaringen.' },
  { signal: 'news-event', re: '(?:is|zijn|werd|werden) (?:\\p{L}+ ){0,4}(?:aangehouden|opgepakt|gearresteerd|veroordeeld|vrijgelaten|gewond|overleden|omgekomen|naar het ziekenhuis gebracht|in beslag genomen|benoemd|onderscheiden|geopend|gesloten|opgeleverd)', example: 'Een 23-jarige man is dinsdagavond aangehouden in het centrum.' },
  { signal: 'news-event', re: '(?:heeft|hebben) (?:\\p{L}+ ){0,6}(?:aangehouden|opgepakt|in beslag genomen|ontruimd|gevonden|geopend|opgeleverd|bekendgemaakt|besloten|ondertekend|overgenomen)', example: 'De politie heeft woensdag twee verdachten aangehouden.' },
  { signal: 'news-event', re: '(?:agenten|politie|rechercheurs|brandweer|hulpdiensten|ambulance) (?:\\p{L}+ ){0,3}(?:is|zijn|was|waren|heeft|hebben|kwam|kwamen|rukte|rukten) ', example: 'De brandweer rukte zaterdagnacht uit voor een woningbrand.' },
  { signal: 'news-event', re: 'na (?:een|het) (?:incident|ongeval|aanrijding|onderzoek|melding|brand|steekpartij|schietpartij)', example: 'De weg was urenlang dicht na een aanrijding bij de brug.' },
  { signal: 'witness-appeal', re: 'getuigen gezocht|(?:wie|heeft iemand) (?:heeft )?(?:iets )?(?:gezien|gehoord|informatie)|tips? (?:zijn )?(?:welkom|kunnen) (?:via|bij|naar)|meld (?:het|dit) bij de politie|bel 0900|meld misdaad anoniem', example: 'Getuigen gezocht van de inbraak aan de Dorpsstraat.' },
  { signal: 'greeting', re: '(?:hoi|hallo|hey|hi|beste|dag|goedemorgen|goedemiddag|goedenavond|hee)(?= \\p{L}|,|!)', example: 'Hoi Ellen, wat vervelend dat je bestelling te laat is.' },
  { signal: 'apology', re: '(?:het )?spijt (?:ons|me|mij)|excuses|sorry|onze verontschuldigingen|helaas|wat vervelend|wat naar', example: 'Wat vervelend dat je pakket nog niet is bezorgd.' },
  { signal: 'private-move', re: '(?:stuur|stuurt) (?:ons |je |u )?(?:even |gerust )?(?:een )?(?:dm|pb|privébericht|privebericht|direct message|persoonlijk bericht)|via (?:dm|pb|een privébericht)|in (?:een )?(?:dm|pb)', example: 'Stuur ons even een DM met je ordernummer.' },
  { signal: 'opinion', re: 'ik (?:denk|vind|geloof|merk|merkte|leerde|heb geleerd|zie|twijfel|hoop|vraag me af|moet eerlijk zeggen)|volgens mij|naar mijn (?:mening|idee|ervaring)|mijn (?:ervaring|mening)', example: 'Ik denk dat de nieuwe dienstregeling beter werkt voor vroege diensten.' },
  { signal: 'third-subject', re: '(?:heeft|hebben|is|zijn|was|waren|wordt|worden|zal|zullen|gaat|gaan|maakt|kondigt|opent|opende|lanceert|investeert|organiseert|start|startte|biedt|neemt|sluit|breidt|ontvangt|ontving|won|wint|verwelkomt|viert|roept|waarschuwt|bevestigt|meldt|meldde)', example: 'Zorggroep Westland heeft een nieuwe locatie geopend.' },
];
