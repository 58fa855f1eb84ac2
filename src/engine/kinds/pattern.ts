// Kind "pattern": a regular expression on RE2's linear-time engine (re2js), so that no pack
// can hang a page with catastrophic backtracking. RE2 syntax has no look-around or
// back-references; validation reports such patterns as errors.
import { RE2JS } from 're2js';
import type { PackCustomRule } from '../pack/types';
import type { Span } from '../types';
import type { Finder } from './index';

/** Throws RE2's message when the pattern is not valid RE2 syntax. */
export function compileRe2(pattern: string, ignoreCase = true): RE2JS {
  return RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
}

export function compilePattern(rule: PackCustomRule): Finder {
  const re = compileRe2(rule.pattern ?? '', rule.ignoreCase !== false);
  return (text) => {
    const spans: Span[] = [];
    const m = re.matcher(text);
    while (m.find()) {
      const start = m.start();
      const end = m.end();
      if (end > start) spans.push({ start, end });
      if (spans.length >= 100) break;
    }
    return spans;
  };
}
