// Where a pack's JSON goes wrong, as line and column. JSON.parse's messages differ between
// browsers (and V8 often gives no position), so a small scanner finds the first bad spot.

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  /** The character found there, or undefined at the end of the text. */
  found?: string;
  /** What would have been valid there, e.g. [",", "}"]. */
  expected: string[];
}

class Stop {
  constructor(readonly at: number, readonly expected: string[]) {}
}

export function findJsonProblem(src: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const ws = () => {
    while (i < src.length && ' \t\n\r'.includes(src[i]!)) i++;
  };
  const eat = (ch: string) => {
    if (src[i] !== ch) throw new Stop(i, [ch]);
    i++;
  };
  const literal = (word: string) => {
    for (const ch of word) eat(ch);
  };
  const string = () => {
    eat('"');
    while (i < src.length && src[i] !== '"') {
      const code = src.charCodeAt(i);
      if (code < 0x20) throw new Stop(i, ['"']);
      if (src[i] === '\\') {
        i++;
        if (src[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(src[i + k] ?? '')) throw new Stop(i + k, ['0-9', 'a-f']);
          i += 4;
        } else if (!'"\\/bfnrt'.includes(src[i] ?? '#')) throw new Stop(i, ['"', '\\', 'n', 't', 'u']);
      }
      i++;
    }
    eat('"');
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(src.slice(i, i + 400));
    if (!m) throw new Stop(i, ['0-9']);
    i += m[0].length;
  };
  // Iterative over containers, so deeply nested input cannot overflow the stack.
  const stack: string[] = [];
  const value = () => {
    ws();
    const ch = src[i];
    if (ch === '{' || ch === '[') {
      i++;
      ws();
      if (src[i] === (ch === '{' ? '}' : ']')) i++;
      else {
        stack.push(ch);
        if (ch === '{') key();
        return;
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else throw new Stop(i, ['{', '[', '"', '0-9', 'true', 'false', 'null']);
    close();
  };
  const key = () => {
    ws();
    if (src[i] !== '"') throw new Stop(i, ['"']);
    string();
    ws();
    eat(':');
  };
  const close = () => {
    for (;;) {
      ws();
      const open = stack[stack.length - 1];
      if (open === undefined) return;
      const end = open === '{' ? '}' : ']';
      if (src[i] === ',') {
        i++;
        if (open === '{') key();
        return;
      }
      if (src[i] !== end) throw new Stop(i, [',', end]);
      i++;
      stack.pop();
    }
  };
  try {
    do value();
    while (stack.length > 0);
    ws();
    if (i < src.length) throw new Stop(i, []);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineColumn(src, error.at), found: src[error.at], expected: error.expected };
  }
}

/** 1-based line and column; a column counts characters, so an emoji is one. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.length - before.replaceAll('\n', '').length + 1;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}
