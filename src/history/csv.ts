// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.
// A byte-order mark leads the file so spreadsheet programs read UTF-8 (emoji) correctly.

const BOM = '\uFEFF';

// A cell starting with one of these is read as a formula by spreadsheet programs. Such cells get
// a leading apostrophe (the spreadsheet way to say "text"); so does a cell that already starts
// with an apostrophe followed by one of them, so that our own import can undo it exactly.
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r']/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) || ESCAPED.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}

function field(raw: string): string {
  const value = neutraliseCell(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Parses CSV into rows of fields. Throws with a line number when a quote is never closed. */
export function readCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cur += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        cur += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cur === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(cur);
      cur = '';
    } else if (c === '\n' || c === '\r') {
      row.push(cur);
      cur = '';
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
    } else cur += c;
    i++;
  }
  if (quoted) throw new Error(`a quoted field that starts on line ${quoteLine} is never closed`);
  row.push(cur);
  if (!(row.length === 1 && row[0] === '')) rows.push(row);
  return rows;
}
