// The frames of one-way sending, Dutch and English: notices, launches, events, publications,
// job and sales plugs, self-announcements and press-release register. Each frame carries a
// weight (how surely it marks an announcement) and a kind (which question to suggest).
import { lexicon } from './phrases';

export type AnnounceKind = 'event' | 'service' | 'publication' | 'launch' | 'job' | 'sales' | 'brag' | 'release' | 'link';

export interface Frame {
  re: RegExp;
  weight: number;
  kind: AnnounceKind;
}

const DAY = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec)';
const DATE = `(?:${DAY}\\s+)?\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?`;
const WHEN = `(?:${DAY}|vandaag|morgen|volgende week|next week|today|tomorrow|${DATE})`;

export const FRAMES: readonly Frame[] = [
  // Notices and service changes.
  { kind: 'service', weight: 1, re: lexicon(['let op', 'opgelet', 'attentie', 'heads up', 'heads-up', 'reminder', 'herinnering', 'ter info', 'fyi', 'please note', 'important notice', 'belangrijk bericht']) },
  { kind: 'service', weight: 1, re: lexicon([`vanaf ${WHEN}`, `per ${DATE}`, `from ${WHEN}`, `starting ${WHEN}`, `as of ${WHEN}`, `met ingang van`, `tot en met ${DATE}`, `until ${DATE}`]) },
  {
    kind: 'service',
    weight: 0.8,
    re: lexicon([
      'openingstijden', 'openingsuren', 'bezoekuren', 'opening hours', 'visiting hours',
      '(?:is|zijn|blijft|blijven) (?:de hele dag |tijdelijk |morgen |vandaag )?(?:gesloten|dicht)', 'tijdelijk gesloten',
      '(?:is|are|will be) (?:closed|unavailable)', 'niet bereikbaar', 'gepland onderhoud', 'planned maintenance', 'scheduled maintenance',
      'sorry for any inconvenience', 'excuses voor het ongemak', 'verhuist naar', 'gelden (?:nieuwe|dezelfde|aparte)',
    ]),
  },
  {
    kind: 'service',
    weight: 0.8,
    re: lexicon([
      'gesloten', 'closed(?! (?:\\p{L}+ ){0,3}(?:deals?|contracts?|sales?|volume|round|funding))', 'closure', 'afsluiting', 'afgesloten', 'omleiding', 'diversion', 'werkzaamheden', 'roadworks', 'road works', 'storing', 'outage', 'vertraging', 'delays?',
      'will (?:run|be shut|be replaced|reopen|close|open)', '(?:is|are) shut', 'gaat (?:dicht|open)', 'gaan in op', 'treedt in werking', 'take effect', 'takes effect', 'in werking',
      'wegens (?:een |de |het )?(?:staking|werkzaamheden|onderhoud|storing|ziekte|drukte|weersomstandigheden|feestdag)', 'vanwege (?:een |de |het )?(?:staking|werkzaamheden|onderhoud|storing|feestdag)',
      'due to (?:a |the )?(?:strike|works|maintenance|an outage|a fault|bad weather|the weather|staff illness|the bank holiday)', 'rijden (?:er )?(?:\\p{L}+ )?(?:geen|minder)', 'no (?:buses|trains|service|collections)',
      'sluit op', 'closes on', 'deadline', 'uiterlijk (?:op|voor)', '(?:denk|think) eraan', 'vergeet niet', "don['’]t forget",
    ]),
  },
  // Practical notices to the public: where to go, what to follow, whom to give room, what
  // to do in an emergency. Imperatives of this kind address the reader without asking anything.
  {
    kind: 'service',
    weight: 0.8,
    re: lexicon([
      'volg (?:de |het )?(?:\\p{L}+ )?(?:borden|bordjes|pijlen|omleiding|bewegwijzering|aanwijzingen|instructies)', '(?:de |het )?(?:\\p{L}+ )?(?:borden|bordjes|pijlen) (?:te )?volgen',
      'follow (?:the )?(?:\\p{L}+ )?(?:signs|signage|arrows|diversion|directions|instructions)', 'gelieve', 'houd (?:voldoende )?(?:afstand|de doorgang vrij)', 'hou (?:voldoende )?afstand',
      'please (?:give|keep|use|park|allow|avoid|stay|take|do not|don[\'’]t)', 'keep (?:well )?(?:clear|your distance)', 'give (?:them|it|the \\p{L}+) (?:plenty of |enough |some )?(?:room|space)',
      'geef (?:ze|hen|hem|haar|de \\p{L}+) (?:voldoende |genoeg |wat )?(?:ruimte|de ruimte)', '(?:nieuwe )?ingang (?:van (?:de |het )?\\p{L}+ )?(?:is|ligt|zit|bevindt zich) (?:aan|op|in|via|naast)',
      '(?:new |main )?entrance is (?:now )?(?:on|at|via|next to|round)', 'in (?:an? )?(?:life-threatening |real )?emergency', 'in geval van nood', 'bij (?:een )?(?:levensbedreigende )?nood(?:geval)?',
      '(?:bel|call) (?:altijd |always )?(?:112|999|911)', 'dagelijks (?:van|tussen|vanaf)', 'elke dag (?:van|tussen|vanaf)', '(?:daily|every day) (?:from|between)',
      'parkeren kan', 'parking is (?:only |now )?(?:available|possible|in|at|on)', '(?:houd|hou) rekening met', 'expect (?:delays|disruption|extra traffic|some noise|noise)',
      // Works and detours: what is being replaced, which way to take instead.
      '(?:wordt|worden) (?:\\p{L}+ ){0,4}(?:vervangen|vernieuwd|opgebroken|heraangelegd|afgesloten|omgeleid)', '(?:is|are) being (?:replaced|repaired|resurfaced|renovated|closed)',
      'neem (?:tot \\p{L}+ \\p{L}+ )?(?:de trap|de lift|de ingang|de omleiding|de andere|het \\p{L}+pad)', 'gebruik (?:dan )?(?:de|het) (?:\\p{L}+ )?(?:ingang|route|pad|parking|trap|lift)',
      'use the (?:\\p{L}+ )?(?:route|entrance|path|car park|stairs|lift|exit)(?: instead)?', '(?:fietsers|voetgangers|bezoekers|wandelaars|cyclists|pedestrians|visitors|walkers) (?:kunnen|can) (?:via|through|use|omrijden)',
      `(?:moves|verschuift|verhuist) (?:to|naar) ${DAY}`, 'put (?:your|the) \\p{L}+ out', 'zet (?:je|jouw|uw) \\p{L}+ (?:buiten|klaar|aan de straat)',
    ]),
  },
  { kind: 'service', weight: 1, re: lexicon(['service update', 'servicebericht', 'mededeling', 'road closure', 'wegafsluiting', 'goed nieuws', 'good news', 'breaking', 'announcement', 'aankondiging'], { start: true }) },
  // Launches, news, decisions.
  {
    kind: 'launch',
    weight: 0.8,
    re: lexicon([
      'opent (?:op|de deuren|vandaag|morgen)', 'opens (?:on|its doors|today|tomorrow|in)', 'gaat open', 'is (?:van )?start', 'is gestart', 'starts (?:on|today|next)', 'start (?:op|vandaag|morgen|volgende)',
      'launches', 'launched', 'lanceert', 'gelanceerd', '(?:heeft|hebben) [^.?!]{0,40}(?:goedgekeurd|besloten|vastgesteld)', 'goedgekeurd', '(?:has|have) (?:approved|decided|agreed)', 'has been approved',
      '(?:has|have) been (?:published|submitted|released|launched|sent|updated)', 'is (?:ingediend|verstuurd|aangepast|bijgewerkt)', 'update nu', 'update now', '(?<!(?:inbox|dms|deur|door|mind|hart|heart) )(?:is|zijn) (?:alleen |ook |weer |extra |langer )?(?:open|geopend)', 'published today', 'vandaag gepubliceerd', 'ligt (?:weer )?op de mat', 'online lezen', 'read it online', '(?:is|zijn) (?:nu |vanaf nu |vanaf vandaag )?(?:beschikbaar|verkrijgbaar|te downloaden)', '(?:is|are) (?:now )?available', 'live (?:op|on|via)', 'vanavond (?:om|live)', 'tonight at',
      '(?:start|begint|starts|begins) (?:de|het|the|met|with|vandaag|today|morgen|tomorrow|volgende|next)',
    ]),
  },
  {
    kind: 'launch',
    weight: 1,
    re: lexicon([
      'staat (?:nu )?(?:live|online)', 'is (?:nu )?(?:live|online)', 'nu (?:live|online|open|beschikbaar)', '(?:is|zijn) (?:nu )?geopend', 'vandaag geopend',
      'is binnen', 'is (?:vastgesteld|verschenen|gepubliceerd|gelanceerd)', 'vastgesteld', 'te koop', 'nu verkrijgbaar',
      'now (?:open|live|available|online)', 'is (?:now )?(?:live|out)', 'out now', 'just launched', 'coming soon', 'watch this space', 'stay tuned',
      "now that it['’]s (?:public|official)", 'big things coming', 'binnenkort', 'nieuw (?:op|in|bij|van)', 'new (?:on|in|at|from) (?:the|our)',
    ]),
  },
  { kind: 'launch', weight: 1, re: lexicon(['nieuw', 'new', 'publicatie', 'update', 'nieuws', 'news'], { start: true }) },
  // Self-announcement frames.
  {
    kind: 'brag',
    weight: 1,
    re: lexicon([
      '(?:pleased|happy|excited|thrilled|delighted|proud|honou?red|humbled) to (?:announce|introduce|present|welcome|have been|be named|be recognised|be recognized)',
      '(?:excited|thrilled|delighted|proud|honou?red) to (?:share|say)',
      'trots (?:om te|dat|op)', 'met trots', 'blij (?:om te )?(?:melden|aankondigen|delen)', 'verheugd', 'we announce', 'wij kondigen', 'kondigen (?:vandaag |met trots )?aan',
    ]),
  },
  { kind: 'brag', weight: 1, re: lexicon(['trots(?= ?[!:🎉])', 'proud(?= ?[!:🎉])'], { start: true }) },
  // Events.
  { kind: 'event', weight: 1, re: lexicon(['save the date', 'noteer (?:alvast )?(?:in je agenda|de datum)', 'zet (?:het )?in je agenda', 'mark your calendar']) },
  {
    kind: 'event',
    weight: 1,
    re: lexicon([
      'schrijf (?:je|u) (?:nu |snel |vandaag )?in', 'inschrijven(?: kan)?(?: via| op|:)?', 'meld (?:je|u) (?:nu |snel )?aan', 'aanmelden(?: kan)?(?: via| op|:)',
      'register(?: now| here| today)?(?:: | at | via )', 'sign up', 'book your (?:place|seat|spot|ticket)', 'join (?:us|our) (?:webinar|event|session|livestream|for)', 'join our',
      'kom (?:op|naar|langs|kijken|ook|gerust)', 'come (?:and|along|to|see|join)', '(?:organiseren|organiseert) (?:we|wij|op|een)', '(?:we|wij) organiseren', '(?:we are|we\'re) (?:hosting|organising|organizing)', 'gratis toegang', 'free entry', 'free admission',
      'welkom op (?:onze|de) (?:open dag|jobdag|infosessie|informatieavond)',
    ]),
  },
  {
    kind: 'event',
    weight: 0.5,
    re: lexicon(['webinar', 'informatieavond', 'infoavond', 'infosessie', 'studiedag', 'jobdag', 'open dag', 'open huis', 'inloopavond', 'winterfeest', 'zomerfeest', 'livestream', 'open day', 'open house', 'info session', 'job fair']),
  },
  // Publications and links.
  { kind: 'publication', weight: 1, re: lexicon(['lees (?:meer|verder|het hele|het rapport|hier)', 'meer (?:info|informatie)(?: op| via|:)', 'kijk (?:op|voor|via)', 'op de website', 'read (?:it|the full|our|in full)', 'download (?:het|de|hier)', 'read more', 'find out more', 'learn more', 'more info', 'full story', 'details:', 'link in bio', 'link in de bio']) },
  { kind: 'publication', weight: 0.8, re: lexicon(['(?:you can )?download', 'kan je downloaden', 'alle info', 'all the (?:details|info)', 'op onze website', 'on our website', 'careers page', 'tickets', 'kaarten (?:via|bestellen)', 'opening times']) },
  { kind: 'publication', weight: 0.6, re: lexicon(['magazine', 'rapport', 'brochure', 'jaarverslag', 'nieuwsbrief', 'report', 'newsletter', 'blog', 'whitepaper', 'folder']) },
  // Job plugs.
  { kind: 'job', weight: 1, re: lexicon(['solliciteer', 'vacature', "we['’]re hiring", 'we are hiring', 'now hiring', 'apply now', 'apply today', 'join (?:the|our) team', '(?:wij|we) zoeken (?:een|nieuwe)']) },
  // Sales.
  { kind: 'sales', weight: 1, re: lexicon(['bestel (?:nu|vandaag)', 'boek (?:nu|vandaag)', 'order (?:now|today|before)', 'book (?:now|today|your free)', 'buy now', 'shop now', 'switch (?:today|now)', 'switch to \\p{L}+ today', 'offer ends', 'be quick', 'op=op', 'why wait', 'waar wacht je nog op']) },
  // Press-release register.
  { kind: 'release', weight: 1, re: lexicon(['persbericht', 'press release', 'for immediate release', 'noot voor de redactie', 'notes? to editors', 'aldus', 'today (?:announced|launched|opened|confirmed|unveiled)', 'heeft vandaag', 'maakt vandaag bekend']) },
];

const TIME = '\\d{1,2}[:.]\\d{2}(?: ?uur)?|\\d{1,2} ?(?:uur|am|pm)';

/** Dates and times: a schedule is the skeleton of a notice. Weighed lightly, once per sentence. */
export const WHEN_RE = lexicon([DATE, TIME, DAY]);

/** "DALZICHT, 7 september 2026 –": a dateline opens a press release. Case matters here. */
export const DATELINE = /^(?:[A-Z][A-Z'’.\- ]{2,40})(?:,[^–—\n]{0,40})?\s+[–—-]\s/u;
