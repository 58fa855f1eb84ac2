// Small hand-written scanners for the places where a backtracking regex would go quadratic on
// long runs (of dots, hyphens, emoji, spaces): each looks at every character a bounded number
// of times and reports its work to the meter.
import { tick } from '../work';

/** JavaScript's \s: the white-space and line-terminator characters. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export const isSpace = (ch: string | undefined): boolean => ch !== undefined && isSpaceCode(ch.charCodeAt(0));

/** The text without trailing characters that `skip` accepts (one code unit at a time). */
export function trimEndWhile(text: string, skip: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && skip(text.charCodeAt(end - 1))) end--;
  tick(text.length - end + 1);
  return end === text.length ? text : text.slice(0, end);
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const HASHTAG_CHAR = /[\p{L}\p{N}_]/u;

/**
 * `text` without its trailing white space, hashtags, emoji and variation selectors, the way
 * /(?:\s|#[\p{L}\p{N}_]+|\p{Extended_Pictographic}|\uFE0F)+$/u would strip them, in one pass
 * from the end.
 */
export function stripTrailingDecoration(text: string): string {
  let end = text.length;
  while (end > 0) {
    tick(1);
    const code = text.charCodeAt(end - 1);
    if (isSpaceCode(code) || code === 0xfe0f) {
      end--;
      continue;
    }
    const cp = text.codePointAt(end >= 2 && code >= 0xdc00 && code <= 0xdfff ? end - 2 : end - 1)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    if (PICTOGRAPH.test(ch)) {
      end -= width;
      continue;
    }
    // A hashtag: word characters back to a '#'.
    let start = end;
    while (start > 0) {
      const c = text.codePointAt(start >= 2 && /[\uDC00-\uDFFF]/.test(text[start - 1]!) ? start - 2 : start - 1)!;
      if (!HASHTAG_CHAR.test(String.fromCodePoint(c))) break;
      start -= c > 0xffff ? 2 : 1;
    }
    tick(end - start);
    if (start < end && start > 0 && text[start - 1] === '#') {
      end = start - 1;
      continue;
    }
    break;
  }
  return end === text.length ? text : text.slice(0, end);
}
