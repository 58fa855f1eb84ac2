// Reading a box without touching it: `.value` for textareas; for contenteditable, a walk over
// the text nodes where <br> and block ends become "\n", with a map back to the nodes.

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the read text. */
  start: number;
}

export interface BoxText {
  text: string;
  /** Text nodes in document order; empty for textareas. */
  segments: TextSegment[];
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readBox(box: HTMLElement): BoxText {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return { text: box.value, segments: [] };
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = '';
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    last = s[s.length - 1] ?? last;
  };
  const newline = () => {
    if (length > 0 && last !== '\n') push('\n');
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        segments.push({ node: child as Text, start: length });
        // Non-breaking spaces that editors insert for runs of spaces read as spaces (same length).
        push(data.replace(/\u00a0/g, ' '));
      } else if (child instanceof Element && !SKIP.has(child.tagName)) {
        if (child.tagName === 'BR') {
          push('\n');
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block) newline();
        walk(child);
        if (block) newline();
      }
    }
  };
  walk(box);
  // A trailing line end is layout, not text (editors' models don't hold it).
  // Trimmed by hand: /\n+$/ retries every line end of a long run of blank lines.
  const text = parts.join('');
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return { text: text.slice(0, end), segments };
}
