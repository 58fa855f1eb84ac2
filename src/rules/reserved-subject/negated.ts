// Where a reserved subject's word is named but the matter is not: "zero incidents", "geen enkel
// ongeval", "incident-free" (to say it did not happen), "can start a fire" (a hazard, not an
// event), "the fire and rescue service" (a service's name), a word in another sense, a story
// from history; and where the post relays the spokespeople's own statement. Looks at a bounded
// window around the match (the statement: one pass over the post), so it stays linear.
import { LETTER, lowerKeepLength } from '../../engine/nlp/phrases';
import type { PhraseEntry } from '../../engine/nlp/phrase-data';
import type { Span } from '../../engine/types';
import * as nl from './nl';
import * as en from './en';

const alt = (...lists: PhraseEntry[][]) => lists.flat().map((e) => e.phrase).join('|');
const BEFORE = new RegExp(`(?<!${LETTER})(?:${alt(nl.negationsBefore, en.negationsBefore)})(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}\\s+$`, 'u');
const AFTER = new RegExp(`^[-\\s]?(?:${alt(nl.negationsAfter, en.negationsAfter)})(?!${LETTER})`, 'u');

const RISK_BEFORE = new RegExp(`(?<!${LETTER})(?:${alt(nl.riskBefore, en.riskBefore)})\\s+$`, 'u');
const RISK_MODAL = new RegExp(`(?<!${LETTER})(?:${alt(nl.riskModal)})(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}\\s+$`, 'u');
const RISK_AFTER = new RegExp(`^\\s+(?:${alt(nl.riskAfter)})(?!${LETTER})`, 'u');
// "om ongevallen te voorkomen": "om", at most two words, the subject, "te voorkomen".
const RISK_PURPOSE_BEFORE = /(?<![\p{L}\p{N}])om(?:\s+[\p{L}\p{N}'’-]+){0,2}\s+$/u;
const RISK_PURPOSE_AFTER = new RegExp(`^\\s+(?:${alt(nl.riskPurpose)})(?!${LETTER})`, 'u');

const DECLINES_BEFORE = new RegExp(`(?<!${LETTER})(?:${alt(nl.declinesBefore, en.declinesBefore)})\\s+$`, 'u');
const DECLINES_AFTER = new RegExp(`^[\\s,;:]+(?:${alt(nl.declinesAfter)})(?!${LETTER})`, 'u');

// The last thing in the post: a dash or caret after a space or a line start (not the hyphen of
// "ICT-servicedesk"), the team's name, at most an emoji or a full stop.
const SIGNED = new RegExp(`(?:^|\\s)[-–—^~]\\s*(?:(?:het|de|the|your|our|je|jullie)\\s+)?(?:${alt(nl.serviceTeams, en.serviceTeams)})[\\s.!\\p{Extended_Pictographic}\\uFE0F]*$`, 'u');

const ON_THE_ROAD = new RegExp(`^\\s+(?:${alt(nl.onTheRoad, en.onTheRoad)})`, 'u');

// The organisation's own vehicle or people, or someone hurt: then the accident is its matter.
const OWN_OR_HURT = /(?<![\p{L}])(?:(?:onze|ons|one of our|our)\s+(?:\p{L}+\s+)?(?:bus|bussen|buses|tram|trams|wagen|wagens|vuilniswagen|vuilniswagens|truck|trucks|lorry|lorries|van|vans|driver|drivers|chauffeur|chauffeurs|crew|crews|collega|colleague|colleagues)|gewond|gewonden|injured|injuries|hurt|ziekenhuis|hospital)(?![\p{L}])/iu;

/**
 * The subject happened on a public road, someone else's, named as the reason for a delay:
 * "door een ongeval op de N337" (not "one of our buses was in an accident on the A13").
 */
export function onPublicRoad(text: string, span: Span): boolean {
  return ON_THE_ROAD.test(lowerKeepLength(text.slice(span.end, span.end + 32))) && !OWN_OR_HURT.test(text);
}

const PUBLISHED_AT = new RegExp(`(?<!${LETTER})(?:${alt(nl.publishedAt, en.publishedAt)})(?!${LETTER})`, 'u');

// Any change told: a percentage, up or down, higher or lower, cut or raised.
const CHANGE = /(?<![\p{L}])(?:\d+(?:[.,]\d+)?\s?%|procent|percent|hoger|lager|duurder|goedkoper|higher|lower|up|down|cut|cutting|raise|raising|rise|rising|increase|increasing|decrease|stijgt|stijgen|daalt|dalen|verhoogd|verlaagd|verhogen|verlagen|omhoog|omlaag|record|profit|winst|loss|verlies)(?![\p{L}])/iu;

/**
 * The post quotes a published price and says where it stands ("staat op onze website", "this
 * year's rates are on our website"), and tells no change of any kind.
 */
export function quotesPublished(text: string): boolean {
  const lower = lowerKeepLength(text);
  return PUBLISHED_AT.test(lower) && !CHANGE.test(lower);
}

const OTHER_SENSE = new RegExp(`(?<!${LETTER})(?:${alt(nl.otherSenses, en.otherSenses)})$`, 'u');

/** The keyword in another sense: "a Christmas party", "playing the minister". */
export function otherSense(text: string, span: Span): boolean {
  return OTHER_SENSE.test(lowerKeepLength(text.slice(Math.max(0, span.start - 48), span.end)));
}

/** Years before this are history: no matter of the organisation's today (see isHistory). */
const HISTORY_BEFORE = 1970;
// A year as a date ("in 1823", "March 1823", "anno 1911"), not a count ("1500 homes"), a time
// ("from 1400 until 1830") or a founding ("since 1923", "sinds 1911").
const YEAR = /(?<=(?:^|[^\p{L}])(?:in|anno|circa|c\.|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober|sept\.) )(1[0-9]{3})(?![\p{N}:.,]\d|\p{N})/giu;
// Today's words in the subject's own sentence make it today's matter, whatever came before.
const TODAY = /(?<![\p{L}])(?:today|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week)|yesterday|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisteren|gisteravond|vorige week|deze week)(?![\p{L}])/iu;

/**
 * The subject is told as history: a year before 1970 as a date in its sentence or the one
 * before ("In March 1823 someone walked out of the mill with 40 stone of flax. The theft was
 * pinned on …"), and no word of today in its own sentence. A museum's or an archive's story,
 * not an incident to leave to the spokespeople.
 */
export function isHistory(text: string, span: Span): boolean {
  const ends = [...text.slice(Math.max(0, span.start - 400), span.start).matchAll(/[.!?\n]\s/gu)].map((m) => Math.max(0, span.start - 400) + m.index! + m[0].length);
  const own = ends.at(-1) ?? Math.max(0, span.start - 400);
  const previous = ends.at(-2) ?? Math.max(0, span.start - 400);
  const sentenceEnd = text.slice(span.end).search(/[.!?\n]/u);
  if (TODAY.test(text.slice(own, sentenceEnd < 0 ? text.length : span.end + sentenceEnd))) return false;
  for (const m of text.slice(previous, span.start).matchAll(YEAR)) if (Number(m[1]) < HISTORY_BEFORE) return true;
  return false;
}

const JOB_ADVERT = new RegExp(`(?<!${LETTER})(?:${alt(nl.jobAdvert, en.jobAdvert)})(?!${LETTER})`, 'u');
// Industrial action or job losses named beside the advert: then it speaks of them too.
const LABOUR_NEWS = /(?<![\p{L}])(?:stak\p{L}*|vakbond\p{L}*|ontslag\p{L}*|reorganisatie\p{L}*|strike\p{L}*|union\p{L}*|redundanc\p{L}*|layoffs?|walk(?:ing)? out)(?![\p{L}])/iu;

/** The post is a job advert ("Vacature: … Solliciteren kan …", "We're hiring … apply by …"). */
export function isJobAdvert(text: string): boolean {
  const lower = lowerKeepLength(text);
  return JOB_ADVERT.test(lower) && !LABOUR_NEWS.test(lower);
}

const NAMES = new RegExp(`^(?:-?\\s+(?:and|en|&)\\s+[\\p{L}-]+)?-?\\s*(?:${alt(nl.institutionHeads, en.institutionHeads)})(?!${LETTER})`, 'u');

// At the start of a sentence or a line (after an emoji or a label mark at most), then a colon.
const OFFICIAL = new RegExp(`(?:^|[.!?\\n]\\s*)[^\\p{L}\\p{N}\\s]{0,6}\\s*(?:${alt(nl.officialLine, en.officialLine)})\\s*:`, 'u');

/** The post relays what the spokespeople said: "… Statement from our press office: …". */
export function relaysOfficialLine(text: string): boolean {
  return OFFICIAL.test(lowerKeepLength(text));
}

/** The subject word is part of a service's or a place's name: "fire and rescue service". */
export function namesInstitution(text: string, span: Span): boolean {
  return NAMES.test(lowerKeepLength(text.slice(span.end, span.end + 40)));
}

/**
 * The subject is named as a hazard, not as an event: "can start a fire", "to prevent accidents",
 * "de kans op brand", "om ongevallen te voorkomen".
 */
export function isRiskTalk(text: string, span: Span): boolean {
  const before = lowerKeepLength(text.slice(Math.max(0, span.start - 40), span.start));
  if (RISK_BEFORE.test(before)) return true;
  const after = lowerKeepLength(text.slice(span.end, span.end + 24));
  return (RISK_MODAL.test(before) && RISK_AFTER.test(after)) || (RISK_PURPOSE_BEFORE.test(before) && RISK_PURPOSE_AFTER.test(after));
}

/**
 * The subject is named to decline to speak about it: "we can't advise on the outbreak", "over de
 * uitbraak zelf kunnen we niets zeggen". Both the reserved and the avoided subject read this.
 */
export function isDeclined(text: string, span: Span): boolean {
  return DECLINES_BEFORE.test(lowerKeepLength(text.slice(Math.max(0, span.start - 60), span.start))) || DECLINES_AFTER.test(lowerKeepLength(text.slice(span.end, span.end + 48)));
}

// Someone hurt or dead, pay or money: never a live notice's business, whoever signs.
const HARM_OR_MONEY = /(?<![\p{L}])(?:gewond\p{L}*|injur\p{L}*|hurt|ziekenhuis|hospital|overleden|died|dead|dood|loon|lonen|salaris\p{L}*|pay|wage\p{L}*|union\p{L}*|vakbond\p{L}*|results?|resultaten|winst|profit|fare increase|price increase|prijsverhoging)(?![\p{L}])|\d\s?%|[£€$]\s?\d/iu;

/** The post tells of someone hurt, pay or money: no live notice, whoever signs it. */
export function tellsHarmOrMoney(text: string): boolean {
  return HARM_OR_MONEY.test(text);
}

/**
 * The post is signed by the organisation's service team ("… – support", "… –webcareteam"): a
 * live service notice from the team that strategies let say what is running, closed or affected.
 */
export function signedByServiceTeam(text: string): boolean {
  return SIGNED.test(lowerKeepLength(text.slice(-60)).trimEnd());
}

export function isNegated(text: string, span: Span): boolean {
  return BEFORE.test(lowerKeepLength(text.slice(Math.max(0, span.start - 32), span.start))) || AFTER.test(lowerKeepLength(text.slice(span.end, span.end + 8)));
}
