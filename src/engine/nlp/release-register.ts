// The marks of press-release register: a dateline, a "PERSBERICHT" header, the organisation
// in the third person, attributed quotes, "About X" boilerplate and notes to editors. Each
// mark has a weight; one strong mark or two weaker ones make the register. All patterns are
// anchored or bounded, so they run in linear time.
import { maskMentions, MENTION_RE, nameTrie } from '../match/mask-mentions';
import type { PhraseTrie } from '../match/token-trie';
import type { Token } from '../text';
import type { Span } from '../types';
import { anyOf, anyOfThenSpace, SHAPE_WORDS } from './shape';

export type RegisterMark = 'header' | 'dateline' | 'boilerplate' | 'editors-note' | 'quote' | 'third-person';

export interface RegisterHit {
  mark: RegisterMark;
  span: Span;
  weight: number;
}

// The words of every language are data in ./shape/, one file per language, joined Dutch first. In
// each pattern below a word is followed by a space, a dot, a word boundary or the end of the line,
// so at most one word of a list fits at a place and their order changes no match.
const MONTHS = anyOf(SHAPE_WORDS.months);
const ARTICLE = anyOfThenSpace(SHAPE_WORDS.articles);

const LINE_RULES: { mark: RegisterMark; weight: number; re: RegExp }[] = [
  { mark: 'header', weight: 2, re: new RegExp(`^(?:${anyOf(SHAPE_WORDS.releaseHeaders)})\\s*:?$`, 'iu') },
  // "UTRECHT, 3 maart 2026 –", "HOEVELDE, Belgium, 6 November 2026 –", "LONDON, 15 October 2026 —"
  {
    mark: 'dateline',
    weight: 2,
    re: new RegExp(
      `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s?[\\p{L} ]{2,30})?,\\s?(?:\\d{1,2}\\s(?:${MONTHS})\\.?\\s\\d{4}|(?:${MONTHS})\\.?\\s\\d{1,2},?\\s\\d{4})\\s?[–—-]`,
      'iu',
    ),
  },
  // "DALZICHT – De gemeente …": a place in capitals and a dash, no date.
  { mark: 'dateline', weight: 1, re: /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}\s[–—]\s\p{Lu}/u },
  { mark: 'boilerplate', weight: 2, re: new RegExp(`^(?:${anyOf(SHAPE_WORDS.aboutWords)})\\s(?:${ARTICLE})?[\\p{L}][\\p{L}&.'-]*(?:\\s[\\p{L}&.'-]+){0,4}\\s*:?$`, 'iu') },
  { mark: 'editors-note', weight: 2, re: new RegExp(`^(?:#{3}|${anyOf(SHAPE_WORDS.editorsNoteLines)})$`, 'iu') },
];

const INLINE_RULES: { mark: RegisterMark; weight: number; re: RegExp }[] = [
  { mark: 'editors-note', weight: 2, re: new RegExp(`\\b(?:${anyOf(SHAPE_WORDS.editorsNotes)})\\b`, 'giu') },
  // A closing quote followed by who said it: `," aldus wethouder Jansen`, `," said Helen Forsyth`.
  {
    mark: 'quote',
    weight: 1,
    // Dutch papers close a quote with a single one too: `rol,' aldus bedrijfsleider Ria Mulder`.
    re: new RegExp(`(?:["”»]|(?<=[.,!?])['’])\\s?,?\\s?(?:${anyOf(SHAPE_WORDS.saidVerbs)})\\s(?:[\\p{Ll}.-]+\\s){0,3}\\p{Lu}`, 'gu'),
  },
  { mark: 'quote', weight: 1, re: new RegExp(`,\\s(?:${anyOf(SHAPE_WORDS.accordingTo)})\\s(?:[\\p{Ll}.-]+\\s){0,3}\\p{Lu}\\p{L}+`, 'gu') },
  { mark: 'third-person', weight: 1, re: new RegExp(`\\b(?:${anyOf(SHAPE_WORDS.newsDays)})\\s(?:${anyOf(SHAPE_WORDS.newsVerbs)})\\b`, 'giu') },
];

/** The organisation as the subject of a news sentence: a pattern over the masked text and the names it masks. */
export interface ThirdPerson {
  re: RegExp;
  names: PhraseTrie;
}

/**
 * A matcher for the organisation named as the subject of a news sentence ("Acme today
 * announced", "De gemeente Dalzicht heeft …", "Zorgnet Schelde investeert …"). The names are
 * found with the phrase trie and masked (maskMentions), not written into the pattern.
 */
export function thirdPersonPattern(names: readonly string[]): ThirdPerson | undefined {
  const trie = nameTrie(names);
  if (!trie) return undefined;
  const verbs = anyOf(SHAPE_WORDS.subjectVerbs);
  const title = anyOfThenSpace(SHAPE_WORDS.nameTitles);
  const today = anyOfThenSpace(SHAPE_WORDS.todayWords);
  // Sentence-initial only (start, after . ! ? or a line break, or after a dateline's dash),
  // optionally "De gemeente"/"The", and the name's short form in brackets: "Acme (AIV) heeft".
  const re = new RegExp(`(?:^|[.!?]\\s|\\n|[–—]\\s)\\s?(?:${ARTICLE})?(?:${title})?${MENTION_RE}(?:\\s\\((?:${MENTION_RE}|[\\p{Lu}\\p{N}&.-]{2,10})\\))?\\s(?:${today})?(?:${verbs})\\b`, 'giu');
  return { re, names: trie };
}

/**
 * "About Acme" counts fully when the next paragraph goes on about Acme ("Acme generates …"),
 * the shape of a boilerplate; a heading like "About HomeFlex" over one's own story counts less.
 */
function boilerplateWeight(heading: string, lines: readonly string[], index: number): number {
  const names = heading.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w));
  let next = '';
  for (let i = index + 1; i < lines.length && i <= index + 3 && !next; i++) next = lines[i]!.trim();
  const opening = next.split(/\s+/).slice(0, 4);
  return names.some((n) => opening.includes(n)) ? 2 : 1;
}

/** Every register mark in the text, with absolute spans. */
export function findRegister(text: string, thirdPerson?: ThirdPerson, tokens?: readonly Token[]): RegisterHit[] {
  const hits: RegisterHit[] = [];
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    // Line marks sit at the start of a line; a dateline's paragraph may run on for long.
    const trimmed = line.trim().slice(0, 200);
    if (trimmed) {
      const lead = line.indexOf(trimmed);
      for (const rule of LINE_RULES) {
        const m = rule.re.exec(trimmed);
        // Boilerplate names someone: "About Acme", not "About me".
        if (m && (rule.mark !== 'boilerplate' || /\s\p{Lu}/u.test(trimmed))) {
          const weight = rule.mark === 'boilerplate' ? boilerplateWeight(trimmed, lines, index) : rule.weight;
          hits.push({ mark: rule.mark, weight, span: { start: offset + lead, end: offset + lead + m[0].length } });
          break;
        }
      }
    }
    offset += line.length + 1;
  });
  const inline = thirdPerson ? [...INLINE_RULES, { mark: 'third-person' as const, weight: 1, re: thirdPerson.re, masked: true }] : INLINE_RULES;
  const masked = thirdPerson ? maskMentions(text, thirdPerson.names, tokens) : text;
  for (const rule of inline) {
    const subject = 'masked' in rule ? masked : text;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(subject); m !== null; m = rule.re.exec(subject)) {
      const lead = m[0].search(/\S/);
      hits.push({ mark: rule.mark, weight: rule.weight, span: { start: m.index + Math.max(0, lead), end: m.index + m[0].length } });
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  return hits;
}

/** The register's weight: each kind of mark counts once, so ten quotes do not make a release. */
export function registerWeight(hits: readonly RegisterHit[]): number {
  const best = new Map<RegisterMark, number>();
  for (const h of hits) best.set(h.mark, Math.max(best.get(h.mark) ?? 0, h.weight));
  let sum = 0;
  for (const w of best.values()) sum += w;
  return sum;
}
