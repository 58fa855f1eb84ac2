// Signals of a text's shape that hold across organisations and languages: datelines in their
// wire and newsroom forms, wire tags and tickers, headlines, company suffixes, links, hashtags,
// mentions, figures and emoji. Every pattern is bounded, and long texts are looked at line by
// line with a bounded head, so the work stays linear in the text.
import type { Span } from '../types';
import { findLinks } from '../match/links';
import { anyOf, anyOfThenSpace, SHAPE_WORDS } from '../nlp/shape';

// The words of every language (months, weekdays, money words, labels, "About") are data in
// ../nlp/shape/, one file per language. What stays here is the same in any language: digits and
// punctuation, the names of wire services and news agencies, stock exchange codes and the legal
// forms of companies (Inc, GmbH, B.V.), which a release keeps whatever language it is written in.
// The languages' words are joined Dutch first. Where two of a list's words could both fit at one
// place the list keeps the order the pattern needs (the clock marks). Elsewhere the order changes
// no match: a word is followed by something that is no letter (a space, a dot, the end of a
// label), so at most one word of a list fits at a place, or the pattern only answers yes or no
// (money, percentages).
/** "about" as "[Aa]bout": a capital or not, the rest as written. */
const capitalOrNot = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

const MONTH = anyOf(SHAPE_WORDS.months);
const DATE_IN_LINE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:${anyOf(SHAPE_WORDS.ordinals)})?\\.?\\s(?:${MONTH})\\.?,?\\s\\d{4}|(?:${MONTH})\\.?\\s\\d{1,2}(?:${anyOf(SHAPE_WORDS.monthFirstOrdinals)})?,?\\s\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})(?![\\p{L}\\p{N}])`,
  'iu',
);
const PLACE_BEFORE_DATE = /^[(\s]*\p{Lu}[\p{L}\p{M} .,'’()/&-]{0,70}[\s,(–—-]$/u;
const AFTER_DATE = /^\s*\)?\s*(?:[/(][^\n/()]{1,40}[/)]\s*)?[–—:-]/u;
const CAPS_DATELINE = /^\(?\p{Lu}{3,}(?:[ ,.'’-]{1,2}\p{Lu}{2,}){0,4}\.?\)?\s*(?:\([^)\n]{1,40}\))?\s*(?:[–—]|--?)(?=\s*\S)/u;
// Wire services and agencies by name: "(GLOBE NEWSWIRE)", "/PRNewswire/", "(ANP)", "(Belga)".
const WIRE_TAG = /[(/][^()/\n]{0,30}(?:wire|press ?release|newsroom|news ?media|pr ?web|prweb|anp|belga)[^()/\n]{0,30}[)/]/iu;
const TICKER = /\((?:nasdaq|nyse|otc[a-z]*|tsx[a-z-]*|lse|amex|asx|cse|euronext[a-z ]*|cboe|xetra|frankfurt|aim)\s*:\s*[a-z0-9.]{1,8}\)/iu;
const ORG_SUFFIX = /[\p{L}\p{N}),]\s(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|PLC|plc|GmbH|B\.V|N\.V|AG|S\.A|SE|LLP|Pty)\.?(?![\p{L}\p{N}])/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;
const MENTION = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{2,}/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
const FIGURE = /(?<![\p{L}\p{N}])\d[\d.,]*(?![\p{L}])/gu;
const MONEY = new RegExp(`[€£$]\\s?\\d|\\d\\s?(?:${anyOf(SHAPE_WORDS.moneyWords)})(?![\\p{L}])`, 'iu');
const PERCENT = new RegExp(`\\d\\s?(?:%|${anyOf(SHAPE_WORDS.percentWords)})`, 'iu');
// The clock marks keep their order: "uur" before "u", or "19.30 uur" would end at its "u".
const TIME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:\\s?(?:${anyOf(SHAPE_WORDS.clockMarks)}))?(?![\\p{N}])|(?<![\\p{L}\\p{N}])\\d{1,2}\\s?(?:${anyOf(SHAPE_WORDS.hourMarks)})(?![\\p{L}])`,
  'iu',
);
const WEEKDAY = new RegExp(`(?<![\\p{L}])(?:${anyOf([...SHAPE_WORDS.weekdays, ...SHAPE_WORDS.daysFromToday])})(?![\\p{L}])`, 'iu');
const DATE_ANY = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:${anyOf(SHAPE_WORDS.whenOrdinals)})?\\s(?:${MONTH})|(?:${MONTH})\\s\\d{1,2})(?![\\p{L}\\p{N}])`, 'iu');
const EXCLAIM = /!/g;
const END_MARK = new RegExp(`^(?:#{3,}|${anyOf(SHAPE_WORDS.endMarks)}|\\*{3,})$`, 'iu');
// "About Acme", "Over de Stadsbank": case-sensitive but for the heading's first letter.
const ABOUT = anyOf(SHAPE_WORDS.aboutWords.map(capitalOrNot));
const ABOUT_LINE = new RegExp(`^(?:${ABOUT})\\s+(?:${anyOfThenSpace(SHAPE_WORDS.articles)})?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+[\\p{L}\\p{N}&.'’-]+){0,5}\\s*:?$`, 'u');
// "About Acme: Acme is …", a boilerplate that goes on after its heading.
const ABOUT_HEAD = new RegExp(`^(?:${ABOUT})\\s\\p{Lu}`, 'u');
const ABOUT_VERB = new RegExp(`\\s(?:${anyOf(SHAPE_WORDS.aboutVerbs)})\\s`, 'u');
const SIGNOFF = /(?:^|\s)(?:\^\s?\p{Lu}[\p{L}]{1,15}|[-–~\/]\s?\p{Lu}[\p{L}]{1,15}|\/\p{Lu}{2,3})\s*$/u;
// A news or service category opening a post: "#UPDATE |", "ARRESTED:", "Latest news :", "LET OP:".
// Newsrooms and service accounts file their one-way items under such labels; a label that names
// no news or service category ("#ICYMI |", "#MeetTheTeam:") is left out, it may open anything.
const KICKER_CATEGORY = `(?:${SHAPE_WORDS.kickerQualifiers.map((q) => `${q} `).join('|')})?(?:${anyOf(SHAPE_WORDS.kickerCategories)})`;
const KICKER = new RegExp(`^\\s*#?${KICKER_CATEGORY}\\s*(?:[|:]|\\s-\\s)`, 'iu');
const LEADING_MENTION = /^\s*(?:@[\p{L}\p{N}_]+\s*)+/u;

export interface StructureSignals {
  chars: number;
  paragraphs: number;
  links: Span[];
  linkAtEnd: boolean;
  hashtags: Span[];
  /** Three or more hashtags closing the post. */
  hashtagBlock: boolean;
  mentions: Span[];
  leadingMention: boolean;
  emoji: number;
  exclaim: number;
  figures: Span[];
  money: boolean;
  percent: boolean;
  /** A date, a weekday or a time of day. */
  when: Span[];
  dateline: Span[];
  wireTag: Span[];
  ticker: Span[];
  headline: Span[];
  orgSuffix: Span[];
  aboutBlock: Span[];
  endMark: Span[];
  signoff: boolean;
  /** A news or service category opening the post ("#UPDATE |", "NIEUWS:"). */
  kicker: Span[];
}

function all(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function first(re: RegExp, text: string, offset: number): Span | undefined {
  const m = re.exec(text);
  return m ? { start: offset + m.index, end: offset + m.index + m[0].length } : undefined;
}

/** A place, a date and a dash at a paragraph's start: "IRVINE, CA, April 9, 2024 /Wire/ --". */
function datelineOf(head: string): number | undefined {
  const m = DATE_IN_LINE.exec(head);
  if (m && m.index <= 90) {
    const before = head.slice(0, m.index);
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 50);
    const placeFirst = before.length > 0 && PLACE_BEFORE_DATE.test(before);
    const dashAfter = AFTER_DATE.test(after);
    if (placeFirst && (dashAfter || /[–—-]\s*$/u.test(before))) return m.index + m[0].length;
  }
  const caps = CAPS_DATELINE.exec(head);
  // The span ends at the dash: never inside the character that follows (an emoji is two code units).
  return caps ? caps[0].length : undefined;
}

/** A first line that reads as a title: no closing stop, mostly capitalised words, text below. */
function isHeadline(line: string, more: boolean): boolean {
  if (!more || /[.!?:;,]$/u.test(line) || line.length > 200) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || words.length > 24) return false;
  const caps = words.filter((w) => /^[("'“‘]?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

function kickerOf(text: string): Span[] {
  const head = text.slice(0, 60);
  const m = KICKER.exec(head);
  return m ? [{ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length }] : [];
}

export function structureOf(text: string): StructureSignals {
  const links = findLinks(text);
  const hashtags = all(HASHTAG, text);
  const trimmedEnd = text.trimEnd().length;
  const dateline: Span[] = [];
  const headline: Span[] = [];
  const aboutBlock: Span[] = [];
  const endMark: Span[] = [];
  const wireTag: Span[] = [];
  const ticker: Span[] = [];
  let paragraphs = 0;
  let offset = 0;
  let firstLine = true;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      paragraphs++;
      const head = trimmed.slice(0, 220);
      const at = offset + lead;
      // Datelines open a paragraph, usually the first or second of a release.
      if (paragraphs <= 4) {
        const end = datelineOf(head);
        if (end !== undefined) dateline.push({ start: at, end: at + end });
        const wire = first(WIRE_TAG, head, at);
        if (wire) wireTag.push(wire);
      }
      if (firstLine) {
        const more = lines.slice(i + 1).some((l) => l.trim());
        if (isHeadline(head, more)) headline.push({ start: at, end: at + head.length });
        firstLine = false;
      }
      if (head.length <= 80 && ABOUT_LINE.test(head)) aboutBlock.push({ start: at, end: at + head.length });
      else if (ABOUT_HEAD.test(head) && ABOUT_VERB.test(head.slice(0, 200))) {
        aboutBlock.push({ start: at, end: at + Math.min(head.length, 40) });
      }
      if (END_MARK.test(head)) endMark.push({ start: at, end: at + head.length });
      const tick = first(TICKER, head, at);
      if (tick) ticker.push(tick);
    }
    offset += line.length + 1;
  }
  const lastWords = text.slice(Math.max(0, trimmedEnd - 80), trimmedEnd);
  const tailTags = /(?:#[\p{L}\p{N}_]+\s*){3,}$/u.test(lastWords);
  const when: Span[] = [];
  for (const re of [DATE_ANY, WEEKDAY, TIME]) {
    const hit = first(re, text, 0);
    if (hit) when.push(hit);
  }
  return {
    chars: text.length,
    paragraphs,
    links,
    linkAtEnd: links.length > 0 && links[links.length - 1]!.end >= trimmedEnd - 2,
    hashtags,
    hashtagBlock: tailTags,
    mentions: all(MENTION, text),
    leadingMention: LEADING_MENTION.test(text),
    emoji: all(EMOJI, text).length,
    exclaim: all(EXCLAIM, text).length,
    figures: all(FIGURE, text),
    money: MONEY.test(text),
    percent: PERCENT.test(text),
    when,
    dateline,
    wireTag,
    ticker,
    headline,
    orgSuffix: all(ORG_SUFFIX, text),
    aboutBlock,
    endMark,
    signoff: SIGNOFF.test(text.slice(Math.max(0, trimmedEnd - 30), trimmedEnd)),
    kicker: kickerOf(text),
  };
}
