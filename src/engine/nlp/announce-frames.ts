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
  // Launches, news, decisions.
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
      '(?:pleased|happy|excited|thrilled|delighted|proud|honou?red|humbled) to (?:announce|share|say|introduce|present|welcome|have been|be named|be recognised|be recognized)',
      "(?:we|i)['’]?(?:re| are|'m| am) (?:pleased|happy|excited|thrilled|delighted|proud|honou?red) to",
      'trots (?:om te|dat|op)', 'met trots', 'blij (?:om te )?(?:melden|aankondigen|delen)', 'verheugd', 'we announce', 'wij kondigen', 'kondigen (?:vandaag |met trots )?aan',
    ]),
  },
  { kind: 'brag', weight: 1, re: lexicon(['trots', 'proud'], { start: true }) },
  // Events.
  { kind: 'event', weight: 1, re: lexicon(['save the date', 'noteer (?:alvast )?(?:in je agenda|de datum)', 'zet (?:het )?in je agenda', 'mark your calendar']) },
  {
    kind: 'event',
    weight: 1,
    re: lexicon([
      'schrijf (?:je|u) (?:nu |snel |vandaag )?in', 'inschrijven(?: kan)?(?: via| op|:)?', 'meld (?:je|u) (?:nu |snel )?aan', 'aanmelden(?: kan)?(?: via| op|:)',
      'register(?: now| here| today)?(?:: | at | via )', 'sign up', 'book your (?:place|seat|spot|ticket)', 'join (?:us|our) (?:webinar|event|session|livestream|for)', 'join our',
      'kom (?:op|naar|langs)', 'welkom op (?:onze|de) (?:open dag|jobdag|infosessie|informatieavond)',
    ]),
  },
  {
    kind: 'event',
    weight: 0.5,
    re: lexicon(['webinar', 'informatieavond', 'infoavond', 'infosessie', 'studiedag', 'jobdag', 'open dag', 'open huis', 'inloopavond', 'winterfeest', 'zomerfeest', 'livestream', 'open day', 'open house', 'info session', 'job fair']),
  },
  // Publications and links.
  { kind: 'publication', weight: 1, re: lexicon(['lees (?:meer|verder|het hele|het rapport|hier)', 'meer (?:info|informatie)(?: op| via|:)', 'kijk (?:op|voor meer)', 'download (?:het|de|hier)', 'read more', 'find out more', 'learn more', 'more info', 'full story', 'details:', 'link in bio', 'link in de bio']) },
  { kind: 'publication', weight: 0.6, re: lexicon(['rapport', 'brochure', 'jaarverslag', 'nieuwsbrief', 'report', 'newsletter', 'blog', 'whitepaper', 'folder']) },
  // Job plugs.
  { kind: 'job', weight: 1, re: lexicon(['solliciteer', 'vacature', "we['’]re hiring", 'we are hiring', 'now hiring', 'apply now', 'apply today', 'join (?:the|our) team', '(?:wij|we) zoeken (?:een|nieuwe)']) },
  // Sales.
  { kind: 'sales', weight: 1, re: lexicon(['bestel (?:nu|vandaag)', 'boek (?:nu|vandaag)', 'order (?:now|today|before)', 'book (?:now|today|your free)', 'buy now', 'shop now', 'switch (?:today|now)', 'switch to \\p{L}+ today', 'offer ends', 'be quick', 'op=op', 'why wait', 'waar wacht je nog op']) },
  // Press-release register.
  { kind: 'release', weight: 1, re: lexicon(['persbericht', 'press release', 'for immediate release', 'noot voor de redactie', 'notes? to editors', 'aldus', 'today (?:announced|launched|opened|confirmed|unveiled)', 'heeft vandaag', 'maakt vandaag bekend']) },
];

/** "DALZICHT, 7 september 2026 –": a dateline opens a press release. Case matters here. */
export const DATELINE = /^(?:[A-Z][A-Z'’.\- ]{2,40})(?:,[^–—\n]{0,40})?\s+[–—-]\s/u;
