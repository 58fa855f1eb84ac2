// Drawing a session's findings on its box: Custom Highlights for contenteditable, the mirror
// overlay for textareas. Ranges are rebuilt on every analysis, as editors re-render nodes.
import type { Finding, Severity } from '../engine/types';
import { isHighlighted, setHighlights, styleRootOf } from './highlights';
import type { BoxText } from './read-text';
import { spanToRange } from './span-range';
import { TextareaOverlay } from './textarea-overlay';

export interface DrawnMark {
  start: number;
  end: number;
  severity: Severity;
  text: string;
}

export class BoxMarks {
  private overlay?: TextareaOverlay;
  private ranges: { severity: Severity; range: Range; start: number; end: number }[] = [];

  constructor(private readonly box: HTMLElement, private readonly overlays: HTMLElement) {
    if (box instanceof HTMLTextAreaElement) this.overlay = new TextareaOverlay(box, overlays);
    else styleRootOf(box);
  }

  draw(read: BoxText, findings: readonly Finding[]): void {
    const marks = findings.flatMap((f) => f.spans.map((s) => ({ start: s.start, end: s.end, severity: f.severity })));
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

  /** What is really drawn now, with the text under each mark. */
  drawn(): DrawnMark[] {
    if (this.overlay) return this.overlay.drawn();
    return this.ranges
      .filter((r) => isHighlighted(r.severity, r.range))
      .map(({ start, end, severity, range }) => ({ start, end, severity, text: range.toString() }));
  }

  clear(): void {
    this.overlay?.destroy();
    this.overlay = undefined;
    setHighlights(this, []);
    this.ranges = [];
  }
}
