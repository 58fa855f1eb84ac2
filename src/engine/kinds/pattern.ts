// Kind "pattern": a regular expression on RE2's linear-time engine (re2js), so that no pack
// can hang a page with catastrophic backtracking. RE2 has no look-around or back-references;
// validation reports such patterns in plain words. re2js works on JS strings and reports
// UTF-16 offsets, the unit of Span, so emoji and other astral characters need no mapping.
import { RE2JS } from 're2js';
import type { PackCustomRule } from '../pack/types';
import type { Span } from '../types';
import { tick } from '../work';
import type { Finder } from './index';

/** A post rarely needs more marks than this; it also bounds the work on huge texts. */
const MAX_SPANS = 100;

export type PatternProblem =
  | { kind: 'lookaround' }
  | { kind: 'backref' }
  | { kind: 'invalid'; detail: string };

/** Throws RE2's message when the pattern is not valid RE2 syntax. */
export function compileRe2(pattern: string, ignoreCase = true): RE2JS {
  return RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
}

/** Why a pattern cannot be used, or undefined when it can. Never throws. */
export function patternProblem(pattern: string, ignoreCase = true): PatternProblem | undefined {
  try {
    compileRe2(pattern, ignoreCase);
    return undefined;
  } catch (error) {
    // Name the usual JavaScript habits; RE2's own wording ("invalid named capture") misleads.
    if (/\(\?<?[=!]/.test(pattern)) return { kind: 'lookaround' };
    if (/\\[1-9]|\\k</.test(pattern)) return { kind: 'backref' };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', detail: message.replace(/^error parsing regexp:\s*/, '') };
  }
}

export function compilePattern(rule: PackCustomRule): Finder {
  const re = compileRe2(rule.pattern ?? '', rule.ignoreCase !== false);
  // RE2's work per character grows with the program size. The work meter is told program size
  // times the characters a search passed over, twice for a match (RE2 goes over a match again to
  // find its bounds): the same count on every machine.
  const size = re.programSize();
  return (text) => {
    const spans: Span[] = [];
    const m = re.matcher(text);
    let from = 0;
    while (spans.length < MAX_SPANS) {
      if (!m.find()) {
        tick(size * (text.length - from + 1));
        break;
      }
      const start = m.start();
      const end = m.end();
      tick(2 * size * (end - from + 1));
      from = end;
      if (end > start) spans.push({ start, end });
    }
    return spans;
  };
}
