// Signals of dialogue and of one-way sending, per sentence, Dutch and English. Spans are
// relative to the sentence so the result can be cached by sentence text (RuleContext.memo).
import type { Sentence } from '../text';
import { oncePerTokens } from '../once-per-tokens';
import { findLinks } from '../match/links';
import { stripTrailingDecoration } from '../match/scan';
import type { Span } from '../types';
import { WHEN_RE } from './announce';
import { DATELINE, FRAMES, type AnnounceKind } from './announce-frames';
import { lexicon, lowerKeepLength, matchAll, test } from './phrases';
import { promotionSignals } from './promotion-signals';

/** Invitations to answer, share, vote or tell: dialogue even without a question mark. */
const INVITE = lexicon([
  'laat (?:het |ons |me |mij )?(?:even |gerust |vooral )?(?:het )?weten', 'vertel (?:het )?(?:ons|me|mij)', 'zet (?:het|je antwoord|jouw antwoord|uw antwoord|\'m|ze|je tip|jouw tip) (?:in de reacties|hieronder)',
  '(?:in|via) de reacties', 'reageer (?:hieronder|gerust)', 'deel (?:je|jouw|uw) (?:ervaring|ervaringen|verhaal|mening|tips?|ideeën|ideeen)', 'ik hoor (?:het )?(?:graag|liever)',
  'horen (?:het )?graag (?:van|hoe|wat|welke)', '(?:ik ben|we zijn|wij zijn) (?:erg |heel |echt )?benieuwd', 'ben benieuwd', 'tips welkom', '(?:reacties|antwoorden|ideeën|ideeen|tips|suggesties|voorbeelden|vragen|fouten|correcties|issues|opmerkingen|aanvullingen|verbeteringen|kritiek|pull requests)[^.?!]{0,25}welkom',
  'denk (?:je |jij |u )?mee', 'mee te denken', 'meedenken', 'wissel (?:graag )?ervaringen uit', 'stem in de poll', 'ik (?:verzamel|bundel|lees)', 'we verzamelen', 'eerlijke (?:antwoorden|bezwaren|reacties)', 'alles mag',
  '(?:uw|jouw|je|jullie) (?:antwoorden|ideeën|ideeen|reacties|feedback|inbreng) helpen', 'vraag (?:het )?(?:me|mij) (?:gerust|alles)',
  'tell (?:us|me)', 'let (?:us|me) know', 'drop (?:it|them|a comment|your \\p{L}+)', 'in the comments', 'comment below', 'share your (?:experience|experiences|story|stories|thoughts|ideas|tips|views|questions)',
  "i['’]d (?:really )?(?:love|like) to hear", "(?:we['’]d|we would) love to hear", "i['’]m (?:genuinely |really |especially )?curious", 'happy to (?:hear|chat|grab|share)', 'ask me (?:anything|what|about)',
  'what do you think', 'your thoughts', "(?:we['’]re|we are|i['’]m|i am) collecting", '(?:ideas|tips|suggestions|questions|feedback|corrections|issues|comments|criticism|improvements|pull requests)(?: (?:are|is|very|always|more than)){0,2} welcome', 'have your say',
  "i['’]ll answer", 'i read (?:every|all)', 'help us (?:decide|choose|shape|improve)', 'i (?:really )?want to know',
]);

/** Short question forms that still invite: "Andere ideeën?", "Any thoughts?". */
const SHORT_INVITE = lexicon(['(?:andere|meer|nog) (?:ideeën|ideeen|tips|suggesties)', '(?:any|other) (?:thoughts|ideas|tips|suggestions)', 'wat denk (?:je|jij|jullie|u)', 'thoughts'], { start: true });

/** Thanks and credit to others (not the "thanks for your patience" of a notice). */
const CREDIT = lexicon([
  'dank (?:aan|je|jullie|u|daarvoor|voor)', 'met dank aan', 'bedankt', 'dankjewel', 'dankuwel', 'merci (?:aan|voor)', 'dankzij (?:hen|jullie|u|haar|hem)', 'pluim voor', 'chapeau',
  'thank you', 'thanks (?:to|for)', 'many thanks', 'big thanks', 'shout-?out to', 'credit (?:where|to|goes)', 'kudos', 'hats off', 'grateful to',
  '(?:het|dit|dat) (?:was|is) (?:het werk|de verdienste) van', '(?:was|is) the work of', '(?:idee|suggestie|voorstel) [^.?!]{0,40}kwam van', '(?:idea|suggestion|change) [^.?!]{0,60}came from',
]);
const NOT_CREDIT = lexicon(['(?:bedankt|dank) voor (?:je|uw|jullie) (?:begrip|geduld)', 'thanks? (?:you )?for your (?:patience|understanding)']);

/** Reporting back on what people said or asked. */
const REPORT_BACK = lexicon([
  '(?:jullie|u|bewoners|inwoners|patiënten|ouders|klanten|collega[\'’]s|ze|zij) (?:gaven|vertelden|zeiden|vroegen|kozen|stemden|schreven)', 'vertelde(?:n)? (?:ons|me|mij)', 'vroegen (?:we|wij|ik)', 'vroeg ik',
  'wat (?:me|mij|ons) (?:het meest )?(?:verraste|opviel)', '(?:jullie|uw|hun) (?:inbreng|feedback|reacties)', 'op basis van (?:jullie|uw)',
  '(?:you|customers|residents|families|patients|they|our \\p{L}+ \\p{L}+) (?:told|asked|showed) us', 'told us', 'you asked', 'we asked', 'your feedback', 'their feedback', 'based on your', 'the (?:most useful )?feedback came from',
]);

/** Questions that only decorate an announcement: "Vragen?", "Why wait?", "Ben jij klaar voor…?". */
const RHETORICAL = lexicon(
  [
    'klaar voor', '(?:ben|bent) (?:je|jij|u) klaar', 'wil (?:je|jij|u) (?:meer weten|er ook bij zijn|ook)',
    'wie komt er', 'wie gaat er', 'werken bij', '(?:ben|bent) (?:je|jij|u) (?:ook )?op zoek', 'op zoek naar', 'zoek (?:je|jij|u) ', 'waar wacht (?:je|jij|u)', 'waarom wachten', 'wist (?:je|jij|u) dat', 'is dit iets voor (?:jou|u)', 'herkenbaar',
    'want to (?:know|learn|find out) more', 'ready (?:to|for)', 'are you ready', 'why wait', "who['’]s (?:coming|in|joining)", 'looking for', 'want to (?:work|join)',
    'need (?:help|more)', 'sound (?:familiar|like you)', 'what are you waiting for', 'did you know', 'like what you see',
  ],
  { start: true },
);
/** Hooks that are rhetorical only as a whole short question ("Vragen?"), not as "Vragen aan jullie: …?". */
const RHETORICAL_SHORT = lexicon(
  ['vragen', 'vraagjes', 'nog vragen', 'meer (?:info|informatie|weten)', 'interesse', 'nieuwsgierig', 'zin in', 'benieuwd', 'herkenbaar', 'any questions', 'questions', 'more info', 'interested', 'curious', 'fancy', 'intrigued'],
  { start: true },
);

/** A sentence that answers its own question with a call to action ("Vragen? Bel 14 0655."). */
const CTA = lexicon(
  [
    'bel', 'mail', 'kijk', 'lees', 'ga naar', 'contacteer', 'neem contact', 'stuur', 'klik', 'bezoek', 'download', 'schrijf (?:je|u) in', 'meld (?:je|u) aan', 'solliciteer', 'bestel', 'boek', 'laat (?:je|u) (?:dan )?\\p{L}+', 'surf naar',
    'call', 'email', 'e-mail', 'visit', 'check', 'contact', 'read', 'see', 'head to', 'go to', 'click', 'book', 'order', 'apply', 'register', 'sign up', 'dm us', 'message us', 'switch', 'join',
  ],
  { start: true },
);

export interface AnnounceHit extends Span {
  weight: number;
  kind: AnnounceKind;
}

export interface SentenceSignals {
  announce: AnnounceHit[];
  invite: Span[];
  credit: Span[];
  reportBack: Span[];
  /** Starts with a decorative question hook. */
  rhetorical: boolean;
  /** Opens with a call to action, or a "then" that resolves the previous question. */
  cta: boolean;
  /** A short question that still invites ("Any thoughts?"). */
  shortInvite: boolean;
  /** The question sits inside a quotation: someone else's words. */
  quoted: boolean;
  /** Weight of strong boasting (ranked superlatives, fixed boasts, sales calls, image polishing). */
  boast: number;
  /** Mentions a date or a time of day. */
  when: boolean;
  links: number;
  words: number;
}

/** Blanks out links (same length, so offsets hold) and counts them. Linear: see findLinks. */
function maskLinks(text: string): { masked: string; links: number } {
  const found = findLinks(text);
  let masked = '';
  let from = 0;
  for (const link of found) {
    masked += text.slice(from, link.start) + ' '.repeat(link.end - link.start);
    from = link.end;
  }
  return { masked: masked + text.slice(from), links: found.length };
}

/** Thanks and credit to others in a text (a notice's "thanks for your patience" excluded). */
export function creditSpans(text: string): Span[] {
  const lower = lowerKeepLength(text);
  return test(NOT_CREDIT, lower) ? [] : matchAll(CREDIT, lower);
}

/** A decorative question hook ("Ben jij klaar voor…?", "Vragen?"). */
export function isRhetoricalHook(text: string, words: number): boolean {
  const lower = lowerKeepLength(text);
  return test(RHETORICAL, lower) || (words <= 3 && test(RHETORICAL_SHORT, lower));
}

const THEN_EARLY = /^[^a-z\u00e0-\u024f]{0,4}(?:[a-z\u00e0-\u024f]+\s+){0,3}(?:dan|then)(?![a-z\u00e0-\u024f])/;

// The signal extraction and the dialogue assessment both read a sentence's signals.
const signalsOnce = oncePerTokens<SentenceSignals>();

export function sentenceSignals(sentence: Pick<Sentence, 'text' | 'tokens' | 'start'>): SentenceSignals {
  return signalsOnce(sentence.tokens, `${sentence.start}\u0000${sentence.text}`, () => computeSentenceSignals(sentence));
}

function computeSentenceSignals(sentence: Pick<Sentence, 'text' | 'tokens' | 'start'>): SentenceSignals {
  const { masked, links } = maskLinks(sentence.text);
  const lower = lowerKeepLength(masked);
  const announce: AnnounceHit[] = [];
  for (const frame of FRAMES) for (const span of matchAll(frame.re, lower)) announce.push({ ...span, weight: frame.weight, kind: frame.kind });
  const dateline = DATELINE.exec(sentence.text);
  if (dateline) announce.push({ start: 0, end: dateline[0].trimEnd().length, weight: 1, kind: 'release' });
  const credit = creditSpans(lower);
  const cta = test(CTA, lower) || THEN_EARLY.test(lower);
  return {
    announce,
    invite: matchAll(INVITE, lower),
    credit,
    reportBack: matchAll(REPORT_BACK, lower),
    rhetorical: isRhetoricalHook(lower, sentence.tokens.length),
    cta,
    shortInvite: test(SHORT_INVITE, lower),
    quoted: /\?\s*["”’]\s*$/u.test(stripTrailingDecoration(sentence.text)),
    boast: promotionSignals(sentence.text, sentence.tokens, sentence.start).reduce((sum, h) => (h.weight >= 0.8 && h.kind !== 'modesty' ? sum + h.weight : sum), 0),
    when: test(WHEN_RE, lower),
    links,
    words: sentence.tokens.length,
  };
}

/**
 * Indexes of the sentences that ask the reader something real: a question that is not a
 * decorative hook, not someone else's quoted words, and not answered on the spot by a call to
 * action ("Vragen? Bel ons.") or by the writer ("Grootste lek? De brievenbus.").
 */
export function realQuestions(sentences: readonly Pick<Sentence, 'question' | 'text'>[], signals: readonly SentenceSignals[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const sig = signals[i]!;
    if (!s.question || sig.quoted || sig.rhetorical) continue;
    if (sig.shortInvite) {
      out.push(i);
      continue;
    }
    if (sig.words < 3) continue;
    const next = sentences[i + 1];
    const nextSig = signals[i + 1];
    if (next && nextSig && !next.question && nextSig.invite.length === 0) {
      if (nextSig.cta) continue;
      const selfAnswer = nextSig.words > 0 && nextSig.words <= 2 && !/^[#@–—-]/u.test(next.text);
      if (selfAnswer) continue;
    }
    out.push(i);
  }
  return out;
}
