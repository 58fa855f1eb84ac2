// Where a JSON syntax error is, as an offset in the text, from the loader's "line L, column C"
// (or Dutch "regel L, kolom C") message on the whole file.
export function syntaxErrorOffset(text: string, errors: readonly { path?: string; message: string }[]): number | undefined {
  for (const e of errors) {
    if (e.path && e.path !== '(root)') continue;
    const m = /(?:line|regel)\s+(\d+),?\s+(?:column|kolom)\s+(\d+)/i.exec(e.message);
    if (!m) continue;
    const [line, column] = [Number(m[1]), Number(m[2])];
    let offset = 0;
    for (let l = 1; l < line; l++) {
      const next = text.indexOf('\n', offset);
      if (next < 0) return text.length;
      offset = next + 1;
    }
    return Math.min(text.length, offset + Math.max(0, column - 1));
  }
  return undefined;
}
