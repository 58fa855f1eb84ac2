// Drawing a session's findings on its box: Custom Highlights for contenteditable, the mirror
// overlay for textareas, coloured by category. Ranges are rebuilt on every analysis, as editors
// re-render nodes. Also answers "which finding is under this point?" for hover and click.
import type { Category, Finding, Severity } from '../engine/types';
import { orderCards } from '../ui/coach/model';
import { isHighlighted, setHighlights, styleRootOf } from './highlights';
import type { BoxText } from './read-text';
import { spanToRange } from './span-range';
import { TextareaOverlay, type Mark } from './textarea-overlay';

export interface DrawnMark {
  start: number;
  end: number;
  severity: Severity;
  category: Category;
  rule: string;
  text: string;
}

export interface MarkHit {
  rule: string;
  category: Category;
  /** The mark's line box under the point, to place a tooltip next to it. */
  rect: DOMRect;
}

const within = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

export class BoxMarks {
  private overlay?: TextareaOverlay;
  private ranges: (Mark & { range: Range })[] = [];

  constructor(private readonly box: HTMLElement, private readonly overlays: HTMLElement) {
    if (box instanceof HTMLTextAreaElement) this.overlay = new TextareaOverlay(box, overlays);
    else styleRootOf(box);
  }

  draw(read: BoxText, findings: readonly Finding[]): void {
    // The specific before the generic: where marks overlap, the press release's colour shows, not the announcement's.
    const marks: Mark[] = orderCards(findings).flatMap((f) =>
      f.spans.map((s) => ({ start: s.start, end: s.end, severity: f.severity, category: f.category, rule: f.rule })),
    );
    if (this.overlay) return this.overlay.render(read.text, marks);
    this.ranges = marks.flatMap((m) => {
      const range = spanToRange(read.segments, m);
      return range ? [{ ...m, range }] : [];
    });
    setHighlights(this, this.ranges);
  }

  reposition(): void {
    this.overlay?.position();
  }

  /** The finding whose mark is under the viewport point, if any. */
  hitAt(x: number, y: number): MarkHit | undefined {
    if (this.overlay) return this.overlay.hitAt(x, y);
    for (const r of this.ranges) {
      const line = [...r.range.getClientRects()].find((rect) => within(rect, x, y));
      if (line) return { rule: r.rule, category: r.category, rect: line };
    }
    return undefined;
  }

  /** The finding whose mark holds a text offset (the caret), if any. */
  ruleAtOffset(offset: number): string | undefined {
    const all = this.overlay ? this.overlay.marksDrawn() : this.ranges;
    return all.find((m) => offset >= m.start && offset <= m.end)?.rule;
  }

  /** What is really drawn now, with the text under each mark. */
  drawn(): DrawnMark[] {
    if (this.overlay) return this.overlay.drawn();
    return this.ranges
      .filter((r) => isHighlighted(r.category, r.range))
      .map(({ start, end, severity, category, rule, range }) => ({ start, end, severity, category, rule, text: range.toString() }));
  }

  clear(): void {
    this.overlay?.destroy();
    this.overlay = undefined;
    setHighlights(this, []);
    this.ranges = [];
  }
}
