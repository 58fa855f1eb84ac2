// Signs that a post points to one identifiable person (a title and a name, an age, a room or
// house number, the person replied to, "your neighbour"), and signs that it moves a personal
// matter to a private channel. Together with a sensitive subject (arrears, a diagnosis, a
// benefit, how someone's own case stands) the first makes a personal case told in public; the
// second means it is handled well.
import { lexicon, lowerKeepLength, matchAll, test } from '../../engine/nlp/phrases';
import { lexiconOf, wordsOf } from '../../engine/nlp/phrase-data';
import type { Span } from '../../engine/types';
import * as nl from './nl';
import * as en from './en';
import type { Fact } from '../../engine/rule';

const PERSONS = [...nl.identifiers, ...en.identifiers].map((e) => e.re);
const IDENTIFIERS = [...PERSONS, ...[...nl.placeIdentifiers, ...en.placeIdentifiers].map((e) => e.re)];
const PRIVATE_MOVE = lexiconOf(nl.privateMoves, en.privateMoves);
const HEALTH = lexiconOf(nl.health, en.health);
const CASE_OUTCOMES = lexiconOf(nl.caseOutcomes, en.caseOutcomes);
// "@paul_m1982" or "Hoi Samira": addressing the person one replies to, at the very start.
const GREETING = lexicon(wordsOf(nl.replyGreetings, en.replyGreetings));
const REPLY_MENTION = /^\s*@[\w.]+/u;
const NAME_AFTER_GREETING = /^\s\p{Lu}\p{Ll}+/u;

export const DEFAULT_SENSITIVE: readonly string[] = wordsOf(nl.sensitiveWords, en.sensitiveWords);

function replyAddress(text: string): Span | undefined {
  const mention = REPLY_MENTION.exec(text);
  if (mention) {
    const lead = mention[0].search(/\S/);
    return { start: lead, end: mention[0].length };
  }
  const lead = text.search(/\S/);
  if (lead < 0) return undefined;
  const head = lowerKeepLength(text.slice(lead, lead + 40));
  GREETING.lastIndex = 0;
  const m = GREETING.exec(head);
  if (!m || m.index !== 0) return undefined;
  const name = NAME_AFTER_GREETING.exec(text.slice(lead + m[0].length));
  return name ? { start: lead, end: lead + m[0].length + name[0].length } : undefined;
}

/** Where a post points to one person, or to one person's home (a street, a house number). */
export function identifierSpans(text: string, reply: boolean): Span[] {
  return spansOf(IDENTIFIERS, text, reply);
}

/** Where a post points to one person (a name with a title, an age, a room, the person replied to); not to a place. */
export function personSpans(text: string, reply: boolean): Span[] {
  return spansOf(PERSONS, text, reply);
}

function spansOf(patterns: readonly RegExp[], text: string, reply: boolean): Span[] {
  const spans: Span[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const address = reply ? replyAddress(text) : undefined;
  if (address) spans.push(address);
  const seen = new Set<string>();
  return spans.sort((a, b) => a.start - b.start).filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`) !== undefined);
}

export function movesToPrivate(text: string): boolean {
  return test(PRIVATE_MOVE, lowerKeepLength(text));
}

/**
 * The post takes the matter to a private channel ("send us a DM", "bel ons even"): read once per
 * analysis, shared by the personal-case, avoided-subject and reserved-subject rules.
 */
export const MOVES_TO_PRIVATE: Fact<boolean> = { id: 'moves-to-private', compute: (ctx) => movesToPrivate(ctx.text) };

export function healthSpans(text: string): Span[] {
  return matchAll(HEALTH, lowerKeepLength(text));
}

/** Where a post says how one person's own case stands (a decision, a missing payment, a warning). */
export function caseOutcomeSpans(text: string): Span[] {
  return matchAll(CASE_OUTCOMES, lowerKeepLength(text));
}
