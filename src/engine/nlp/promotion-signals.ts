// Signals of selling and boasting, per sentence, Dutch and English: superlatives with a
// ranking scope ("de beste … van de regio"), fixed boasts ("marktleider", "award-winning"),
// pride and award parading, sales calls and the author polishing their own image. Spans are
// relative to the sentence (cacheable by sentence text).
import type { Token } from '../text';
import type { Span } from '../types';
import { lexicon, lowerKeepLength, matchAll } from './phrases';
import { oncePerTokens } from '../once-per-tokens';

export type PromotionKind = 'superlative' | 'boast' | 'pride' | 'award' | 'sales' | 'image' | 'modesty';

export interface PromotionHit extends Span {
  kind: PromotionKind;
  weight: number;
}

interface Entry {
  re: RegExp;
  kind: PromotionKind;
  weight: number;
}

const ENTRIES: readonly Entry[] = [
  {
    kind: 'boast',
    weight: 1,
    re: lexicon([
      'marktleider', 'market[- ]leader', 'market[- ]leading', 'industry[- ]leading', 'sector[- ]leading', 'toonaangevende?', 'koploper', 'wereldklasse', 'world[- ]class', 'award[- ]winning',
      'prijswinnende?', 'bekroonde?', '(?:partner|employer|supplier|werkgever) of choice', 'absolute (?:top|referentie)', 'niemand doet ons (?:dat |dit )?na', '(?:doet|doen) niemand ons (?:dat |dit )?na',
      'nobody does it (?:better|like us)', 'unrivall?ed', 'unmatched', 'second to none', 'leading the way', '(?:landelijk|nationaal) voorop', 'lopen (?:landelijk )?voorop', 'the benchmark for',
      'voorbeeld (?:nemen )?aan onze', 'must[- ]read', 'must[- ]have', '(?:uk|britain|europe|world|country|region|nation|belgium|netherlands|flanders)[\'’]s (?:#1|number one|no\\.? ?1|best|leading|largest|biggest|greenest|fastest[- ]growing|most \\p{L}+|\\p{L}+est)',
      'nummer (?:1|één|een) (?:in|van)', '#1', 'number one (?:in|for)', 'referentieziekenhuis', 'reference (?:hospital|centre|center) (?:for|in)',
    ]),
  },
  // Exclusive comparisons: nobody else, nowhere else, better than anyone, the reference.
  {
    kind: 'boast',
    weight: 1,
    re: lexicon([
      'nergens (?:anders )?(?:\\p{L}+ )?(?:sneller|beter|betere|goedkoper|vlotter|vakkundiger|dichter)', 'nowhere (?:else )?(?:\\p{L}+ )?(?:better|faster|quicker|cheaper)',
      '(?:nobody|no one|no-one|niemand) (?:\\p{L}+ ){0,4}(?:better|faster|quicker|cheaper|more|beter|sneller|goedkoper|vlotter|meer) (?:than|dan)',
      'dan wie (?:ook|dan ook)', 'dan (?:welk|welke) (?:ander(?:e)? )?\\p{L}+ (?:ook|dan ook)', 'than any(?:one|body)(?: else)?', 'than any other', 'als geen ander', 'like no other', 'like nobody else',
      'beter dan de rest', 'better than the rest', '(?:dé|hét|de|het) referentie(?:ziekenhuis|centrum)? (?:voor|in|van)', '(?:dé|hét) referentie\\p{L}*', 'the reference (?:for|in|point for)',
    ]),
  },
  { kind: 'boast', weight: 0.6, re: lexicon(['dé', 'hét', 'uniek(?:e)?', 'unique', 'record(?:aantal)?', 'mijlpaal', 'landmark', 'innovatiefste', 'meest innovatieve']) },
  {
    kind: 'pride',
    weight: 0.8,
    re: lexicon([
      '(?:incredibly |so |very |immensely |super |really |ontzettend |enorm |super |heel |erg |zo )?(?:proud|trots|thrilled|excited|delighted) (?:to|om te) (?:announce|share|tell|say|present|introduce|melden|delen|vertellen|aankondigen|presenteren|mogen)',
      'met trots', 'grateful for this (?:recognition|honou?r|award)', 'dankbaar voor deze (?:erkenning|prijs|eer)',
    ]),
  },
  {
    kind: 'pride',
    weight: 0.5,
    re: lexicon(['(?:ontzettend |super |enorm |heel |erg |zo |apetrots|reuze )?trots', '(?:incredibly |so |very |immensely |super )?proud', 'thrilled', 'delighted to share', 'excited to share', 'honou?red', 'humbled']),
  },
  {
    kind: 'award',
    weight: 0.6,
    re: lexicon([
      '(?:wint|won|winnen|gewonnen|behaalt|behaald|krijgt|ontvangt|wins|has won|received|named|crowned|uitgeroepen tot)[^.?!]{0,60}(?:award|prijs|accreditatie|certificering|titel|of the year|van het jaar|winnaar|winner)',
      '(?:award|prijs|accreditatie)[^.?!]{0,30}(?:gewonnen|behaald|won)', '\\d+ under \\d+', 'named one of',
    ]),
  },
  { kind: 'award', weight: 0.3, re: /(?:🏆|🏅|🥇|💎|#award\b|#winning\b|#trots\b|#proud\b|#blessed\b|#humbled\b)/g },
  { kind: 'award', weight: 0.3, re: lexicon(['recognition', 'erkenning', 'onderscheiding', 'nominatie', 'genomineerd', 'nominated', 'shortlisted']) },
  {
    kind: 'sales',
    weight: 1,
    re: lexicon([
      '\\d+ ?% ?(?:korting|off|discount)', 'korting(?:scode)?', 'discount(?: code)?', 'kortingscode', 'aanbieding', 'black friday', 'cyber monday', 'offer ends', 'actie loopt tot', 'op=op', 'be quick',
      'limited (?:time|offer|slots|places|availability|installation slots)', 'gratis (?:dakscan|proef\\p{L}*|kennismaking|goodiebag|offerte|adviesgesprek|intake)', 'free (?:survey|trial|quote|consultation|gift)',
      'bestel (?:nu|vandaag)', 'boek (?:nu|vandaag)', 'order (?:now|today)', 'book (?:now|today|your free)', 'buy now', 'shop now', 'switch (?:today|now)', 'switch to \\p{L}+ today', '(?:get|krijg) [£€$]\\d+',
      '[£€$]\\d+ (?:credit|tegoed)', 'happy customers', 'tevreden klanten', 'kiest voor \\p{L}+', 'kies (?:nu )?voor \\p{L}+', 'why wait', 'waar wacht je nog op', 'te koop', 'nu tijdelijk',
    ]),
  },
  { kind: 'sales', weight: 0.4, re: lexicon(['solliciteer nu', 'apply now', 'neem contact op met', '(?:ben|bent) (?:je|jij|u) (?:ook )?op zoek naar', 'looking for (?:a|an|the) (?:new )?(?:partner|supplier|solution|system)', 'link in bio']) },
  {
    kind: 'image',
    weight: 0.8,
    re: lexicon([
      'under my leadership', 'onder mijn leiding', 'top performer', 'hustle', 'keynote(?: speaker| spreker)?', 'staande ovatie', 'standing ovation', "(?:i['’]ve been|i have been|been) (?:named|promoted|recognised|recognized|selected)",
      'promoted to', 'ben (?:benoemd|gepromoveerd) tot', 'my dms are open', 'onwards and upwards', 'only getting started', 'biggest deal of my career', 'mijn unieke', 'my vision', 'the vision i', 'mijn visie',
      "when people told me it couldn['’]t be done", 'i just worked harder', 'wie doet (?:me|mij|ons) dat na', '(?:doet|doen) (?:me|mij) dat (?:maar )?na', 'who can beat (?:that|me)',
      'geen \\p{L}+ die (?:mij|me) ontsnapt', 'made it look easy', 'some of us just have it', 'als enige (?:afdeling|team|collega|medewerker)', 'ik (?:ben|was) (?:de |het )?(?:eerste|enige|beste|snelste)',
      "i(?: am| was|['’]m) the (?:first|only|best|fastest|youngest)", '(?:first|only) (?:engineer|nurse|manager|person|woman|man|one) (?:at|in) \\p{L}+ to', 'de meeste \\p{L}+ (?:geholpen|verkocht|binnengehaald|afgehandeld)', 'not bad for a', 'niet slecht voor een',
    ]),
  },
  // Open to offers: a hint of image polishing, not enough on its own.
  { kind: 'image', weight: 0.5, re: lexicon(['my inbox is open', 'mijn inbox (?:staat|is) open', 'recruiters,', 'headhunters,']) },
  {
    kind: 'modesty',
    weight: 1,
    re: lexicon([
      'kleine stap', 'nog (?:altijd|steeds) te', 'niet om op te scheppen', 'geen verkooppraatje', 'eerlijk gezegd', 'nog niet perfect', 'leuk, maar', 'niet echt een feestje',
      "(?:i['’]m )?not (?:posting this )?to show off", 'no sales pitch', 'the easy bit', 'our part was', 'still not', 'still too', 'credit where',
    ]),
  },
];

const SUPERLATIVE = new Set(
  (
    'beste allerbeste leukste mooiste snelste stilste grootste modernste groenste goedkoopste duurzaamste slimste sterkste hoogste fijnste toffste populairste bekendste nieuwste enige eerste ' +
    'best greenest fastest fastest-growing largest biggest leading cheapest greatest finest smartest strongest highest quietest most only first top'
  ).split(' '),
);
const SCOPE_LINK = new Set('van in of across within uit op binnen'.split(' '));
const SCOPE = new Set(
  (
    'regio nederland belgië belgie vlaanderen europa wereld land benelux provincie stad markt sector branche geschiedenis carrière carriere ' +
    'uk britain country region europe world netherlands belgium flanders market sector industry history career kind town city government'
  ).split(' '),
);

/** Performance superlatives ranked within one's own workplace ("de snelste van de afdeling"). */
const PERFORMANCE = new Set('beste allerbeste snelste hoogste best fastest highest'.split(' '));
const WORKPLACE = new Set('afdeling dienst ziekenhuis gemeente organisatie bedrijf kantoor department ward hospital company office organisation organization'.split(' '));

/** Superlatives followed within a few words by a ranking scope ("… of its kind in Europe"). */
function scopedSuperlatives(tokens: readonly Token[], offset: number): PromotionHit[] {
  const hits: PromotionHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SUPERLATIVE.has(tokens[i]!.lower)) continue;
    let linked = false;
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      const w = tokens[k]!.lower;
      if (SCOPE_LINK.has(w)) linked = true;
      else if (linked && (SCOPE.has(w.replace(/['’]s$/, '')) || (PERFORMANCE.has(tokens[i]!.lower) && WORKPLACE.has(w)))) {
        hits.push({ start: tokens[i]!.start - offset, end: tokens[k]!.end - offset, kind: 'superlative', weight: 1 });
        i = k;
        break;
      }
    }
  }
  return hits;
}

/** Promotion signals of one sentence, spans relative to `offset` (the sentence start). */
// Three readers ask for a sentence's promotion signals (the signal extraction, the dialogue
// signals' boast count and the self-promotion assessment).
const hitsOnce = oncePerTokens<PromotionHit[]>();

export function promotionSignals(text: string, tokens: readonly Token[], offset: number): PromotionHit[] {
  return hitsOnce(tokens, `${offset}\u0000${text}`, () => computePromotionSignals(text, tokens, offset));
}

function computePromotionSignals(text: string, tokens: readonly Token[], offset: number): PromotionHit[] {
  const hits: PromotionHit[] = scopedSuperlatives(tokens, offset);
  const lower = lowerKeepLength(text);
  for (const entry of ENTRIES) for (const span of matchAll(entry.re, lower)) hits.push({ ...span, kind: entry.kind, weight: entry.weight });
  // Text order, stronger first at the same start, so overlapping matches can be counted once.
  return hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
