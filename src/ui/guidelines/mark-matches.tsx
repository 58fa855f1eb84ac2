// Marks the words of a search query inside a text, accent- and case-blind ("cooperatie" marks
// "coöperatie"), as text nodes and <mark> elements: pack texts never become HTML.
import { foldText } from './sections';

/** Each code unit folded on its own, so offsets in the folded text are offsets in the original. */
function foldByUnit(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldText(ch);
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

export function markMatches(text: string, query: string) {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length || !text) return text;
  const folded = foldByUnit(text);
  const hit = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) for (let i = at; i < at + w.length; i++) hit[i] = true;
  }
  const parts: (string | preact.JSX.Element)[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && hit[i] === hit[start]) continue;
    const piece = text.slice(start, i);
    parts.push(hit[start] ? <mark key={start}>{piece}</mark> : piece);
    start = i;
  }
  return parts;
}
