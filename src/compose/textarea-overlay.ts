// Highlights for textareas, which have no text nodes: a mirror of the textarea (same font,
// padding, wrapping and scroll) drawn over it from our own UI root, outside the editor.
import type { Category, Severity } from '../engine/types';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
  category: Category;
  rule: string;
}

const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize', 'paddingTop', 'paddingRight',
  'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
] as const;

export class TextareaOverlay {
  private readonly frame = document.createElement('div');
  private readonly mirror = document.createElement('div');
  private marks: Mark[] = [];

  constructor(private readonly box: HTMLTextAreaElement, container: Element) {
    this.frame.className = 'pc-overlay';
    this.mirror.className = 'pc-mirror';
    this.frame.append(this.mirror);
    container.append(this.frame);
  }

  render(text: string, marks: Mark[]): void {
    // Marks come most specific first: where they overlap, each character shows the first mark
    // that covers it, and the rest of a wider mark still shows beside it.
    const owner = new Int32Array(text.length).fill(-1);
    marks.forEach((m, i) => {
      if (m.end <= m.start || m.end > text.length) return;
      for (let at = m.start; at < m.end; at++) if (owner[at] === -1) owner[at] = i;
    });
    this.marks = [];
    const nodes: Node[] = [];
    let plain = 0;
    let at = 0;
    while (at < text.length) {
      const i = owner[at]!;
      let end = at + 1;
      while (end < text.length && owner[end] === i) end++;
      if (i >= 0) {
        const m = marks[i]!;
        this.marks.push({ ...m, start: at, end });
        nodes.push(document.createTextNode(text.slice(plain, at)));
        const mark = document.createElement('mark');
        mark.className = `pc-mark pc-cat-${m.category}`;
        mark.dataset.rule = m.rule;
        mark.textContent = text.slice(at, end);
        nodes.push(mark);
        plain = end;
      }
      at = end;
    }
    // A trailing space keeps a final empty line as tall as in the textarea.
    nodes.push(document.createTextNode(`${text.slice(plain)} `));
    this.mirror.replaceChildren(...nodes);
    this.position();
  }

  position(): void {
    const rect = this.box.getBoundingClientRect();
    const style = getComputedStyle(this.box);
    const frame = this.frame.style;
    frame.display = rect.width && rect.height && this.marks.length ? 'block' : 'none';
    frame.left = `${rect.left}px`;
    frame.top = `${rect.top}px`;
    frame.width = `${rect.width}px`;
    frame.height = `${rect.height}px`;
    const mirror = this.mirror.style;
    for (const key of COPIED) mirror[key] = style[key];
    // The textarea's scrollbar narrows its text; the mirror has none, so pad for it.
    const scrollbar = this.box.offsetWidth - this.box.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    mirror.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    mirror.width = `${rect.width}px`;
    mirror.height = `${rect.height}px`;
    this.mirror.scrollTop = this.box.scrollTop;
    this.mirror.scrollLeft = this.box.scrollLeft;
  }

  marksDrawn(): readonly Mark[] {
    return this.marks;
  }

  /** The mark under a viewport point: the mirror lies exactly over the textarea's text. */
  hitAt(x: number, y: number): { rule: string; category: Category; rect: DOMRect } | undefined {
    if (this.frame.style.display === 'none') return undefined;
    const els = [...this.mirror.querySelectorAll('mark')];
    for (let i = 0; i < els.length; i++) {
      const rect = [...els[i]!.getClientRects()].find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (rect && this.marks[i]) return { rule: this.marks[i]!.rule, category: this.marks[i]!.category, rect };
    }
    return undefined;
  }

  /** The marks drawn, with their text (for the test hook). */
  drawn(): (Mark & { text: string })[] {
    return [...this.mirror.querySelectorAll('mark')].map((el, i) => ({ ...this.marks[i]!, text: el.textContent ?? '' }));
  }

  destroy(): void {
    this.frame.remove();
  }
}
