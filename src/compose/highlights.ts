// Highlights in contenteditable editors through the CSS Custom Highlight API: one Highlight
// per severity, shared by all boxes, styled from a document-level sheet (and from the shadow
// root a box lives in, since ::highlight() rules do not cross shadow boundaries).
import type { Severity } from '../engine/types';

const SEVERITIES: readonly Severity[] = ['info', 'nudge', 'warning'];
const COLOURS: Record<Severity, string> = { info: '#1565c0', nudge: '#c77700', warning: '#c62828' };
// Names are random per page load, so a page cannot look the coach's highlights up by a known
// name. Every name goes through highlightName (also for other keys, e.g. categories).
const PREFIX = `h${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('')}`;
export const highlightName = (key: string) => `${PREFIX}-${key}`;

const owners = new Map<object, { severity: Severity; range: Range }[]>();
let sheet: CSSStyleSheet | undefined;

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function styleSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(
    SEVERITIES.map(
      (s) =>
        `::highlight(${highlightName(s)}){text-decoration:underline wavy ${COLOURS[s]};text-decoration-thickness:2px;` +
        `text-decoration-skip-ink:none;background-color:${COLOURS[s]}1f}`,
    ).join('\n'),
  );
  return sheet;
}

/** Adds the ::highlight() rules to the document or shadow root holding a box (once). */
export function styleRootOf(box: Element): void {
  const root = box.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const own = styleSheet();
  try {
    if (!root.adoptedStyleSheets.includes(own)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, own];
  } catch {
    // A sheet made in another realm cannot be adopted: fall back to a <style> outside the editor.
    const parent = root instanceof Document ? root.head : root;
    if (parent.querySelector(':scope > style[data-posting-coach]')) return;
    const style = document.createElement('style');
    style.dataset.postingCoach = '';
    style.textContent = [...own.cssRules].map((r) => r.cssText).join('\n');
    parent.append(style);
  }
}

/** Replaces the ranges one owner (a box's session) contributes. */
export function setHighlights(owner: object, ranges: { severity: Severity; range: Range }[]): void {
  if (!highlightSupported()) return;
  if (ranges.length) owners.set(owner, ranges);
  else owners.delete(owner);
  for (const severity of SEVERITIES) {
    const all = [...owners.values()].flat().filter((r) => r.severity === severity).map((r) => r.range);
    if (all.length) CSS.highlights.set(highlightName(severity), new Highlight(...all));
    else CSS.highlights.delete(highlightName(severity));
  }
}

/** True when the range is really registered (for the test hook). */
export function isHighlighted(severity: Severity, range: Range): boolean {
  return highlightSupported() && !!CSS.highlights.get(highlightName(severity))?.has(range);
}
