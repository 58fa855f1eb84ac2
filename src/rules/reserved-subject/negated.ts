// Where a reserved subject's word is named but the matter is not: "zero incidents", "geen enkel
// ongeval", "incident-free" (to say it did not happen), "can start a fire" (a hazard, not an
// event) and "the fire and rescue service" (a service's name); and where the post relays the spokespeople's own statement. Looks at a bounded
// window around the match (the statement: one pass over the post), so it stays linear.
import { LETTER, lowerKeepLength } from '../../engine/nlp/phrases';
import { findLinks } from '../../engine/match/links';
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

const DECLINES_BEFORE = new RegExp(`(?<!${LETTER})(?:${alt(nl.declinesBefore, en.declinesBefore)})\\s+$`, 'u');
const DECLINES_AFTER = new RegExp(`^[\\s,;:]+(?:${alt(nl.declinesAfter)})(?!${LETTER})`, 'u');

// The last thing in the post: a dash or caret, the team's name, at most an emoji or a full stop.
const SIGNED = new RegExp(`[-–—^~]\\s*(?:(?:het|de|the|your|our|je|jullie)\\s+)?(?:${alt(nl.serviceTeams, en.serviceTeams)})[\\s.!\\p{Extended_Pictographic}\\uFE0F]*$`, 'u');

const ON_THE_ROAD = new RegExp(`^\\s+(?:${alt(nl.onTheRoad, en.onTheRoad)})`, 'u');

/** The subject happened on a public road, someone else's: "door een ongeval op de N337". */
export function onPublicRoad(text: string, span: Span): boolean {
  return ON_THE_ROAD.test(lowerKeepLength(text.slice(span.end, span.end + 32)));
}

const PUBLISHED_AT = new RegExp(`(?<!${LETTER})(?:${alt(nl.publishedAt, en.publishedAt)})(?!${LETTER})`, 'u');

/** The post points to where something is published: a link, or "staat op onze website". */
export function pointsToPublished(text: string): boolean {
  return findLinks(text).length > 0 || PUBLISHED_AT.test(lowerKeepLength(text));
}

const OTHER_SENSE = new RegExp(`(?<!${LETTER})(?:${alt(nl.otherSenseBefore, en.otherSenseBefore)})\\s+$`, 'u');

/** The keyword in another sense: "a Christmas party", "playing the minister". */
export function otherSense(text: string, span: Span): boolean {
  // A keyword of one word only: a phrase ("won't be open after the summer") says what it means.
  if (/\s/u.test(text.slice(span.start, span.end))) return false;
  return OTHER_SENSE.test(lowerKeepLength(text.slice(Math.max(0, span.start - 40), span.start)));
}

/** Years before this are history: no matter of the organisation's today (see isHistory). */
const HISTORY_BEFORE = 1970;
// A year as a year ("in 1823", "March 1823", "sinds 1911"), not a count ("1500 visitors").
const YEAR = /(?<=(?:^|[^\p{L}])(?:in|since|from|until|around|circa|c\.|van|sinds|uit|tot|rond|anno|omstreeks|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober) )(1[0-9]{3})(?![\p{N}])/giu;

/**
 * The subject is told as history: a year before 1970 in the same paragraph, before it ("In
 * March 1823 someone walked out of the mill with 40 stone of flax. The theft was pinned on …").
 * A museum's or an archive's story, not an incident to leave to the spokespeople.
 */
export function isHistory(text: string, span: Span): boolean {
  const from = Math.max(0, text.lastIndexOf('\n\n', span.start) + 1, span.start - 300);
  for (const m of text.slice(from, span.start).matchAll(YEAR)) if (Number(m[1]) < HISTORY_BEFORE) return true;
  return false;
}

const JOB_ADVERT = new RegExp(`(?<!${LETTER})(?:${alt(nl.jobAdvert, en.jobAdvert)})(?!${LETTER})`, 'u');

/** The post is a job advert ("Vacature: …", "We're hiring … apply by …"). */
export function isJobAdvert(text: string): boolean {
  return JOB_ADVERT.test(lowerKeepLength(text));
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
  return RISK_MODAL.test(before) && RISK_AFTER.test(lowerKeepLength(text.slice(span.end, span.end + 24)));
}

/**
 * The subject is named to decline to speak about it: "we can't advise on the outbreak", "over de
 * uitbraak zelf kunnen we niets zeggen". Both the reserved and the avoided subject read this.
 */
export function isDeclined(text: string, span: Span): boolean {
  return DECLINES_BEFORE.test(lowerKeepLength(text.slice(Math.max(0, span.start - 60), span.start))) || DECLINES_AFTER.test(lowerKeepLength(text.slice(span.end, span.end + 48)));
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
