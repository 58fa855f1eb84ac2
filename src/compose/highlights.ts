// Highlights in contenteditable editors through the CSS Custom Highlight API: one Highlight
// per finding category, shared by all boxes, styled from a document-level sheet (and from the
// shadow root a box lives in, since ::highlight() rules do not cross shadow boundaries).
// Colours are the categories' design tokens, so a highlight matches its card and the review chart.
import { CATEGORIES } from '../engine/labels';
import type { Category } from '../engine/types';
import { CATEGORY_COLOURS, CATEGORY_PRECEDENCE } from '../ui/shared/tokens';

// Names are random per page load, so a page cannot look the coach's highlights up by a known
// name. Every name goes through highlightName.
const PREFIX = `h${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('')}`;
/** The one place a highlight's registered name is made. */
export const highlightName = (category: Category) => `${PREFIX}-${category}`;

export interface CategoryRange {
  category: Category;
  range: Range;
}

const owners = new Map<object, CategoryRange[]>();
let sheet: CSSStyleSheet | undefined;

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function rule(category: Category, colour: string): string {
  return (
    `::highlight(${highlightName(category)}){text-decoration:underline wavy ${colour};text-decoration-thickness:2px;` +
    `text-decoration-skip-ink:none;background-color:${colour}22}`
  );
}

/** The ::highlight() rules, light and dark (the page's colour scheme decides). */
export function highlightCss(): string {
  const light = CATEGORIES.map((c) => rule(c, CATEGORY_COLOURS[c].light)).join('\n');
  const dark = CATEGORIES.map((c) => rule(c, CATEGORY_COLOURS[c].dark)).join('\n');
  return `${light}\n@media (prefers-color-scheme: dark){${dark}}`;
}

function styleSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss());
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
    style.textContent = highlightCss();
    parent.append(style);
  }
}

/** Replaces the ranges one owner (a box's session) contributes. */
export function setHighlights(owner: object, ranges: readonly CategoryRange[]): void {
  if (!highlightSupported()) return;
  if (ranges.length) owners.set(owner, [...ranges]);
  else owners.delete(owner);
  for (const category of CATEGORIES) {
    const all = [...owners.values()].flat().filter((r) => r.category === category).map((r) => r.range);
    if (!all.length) {
      CSS.highlights.delete(highlightName(category));
      continue;
    }
    const highlight = new Highlight(...all);
    // Where highlights overlap, the more specific category paints on top (as in the card order).
    highlight.priority = CATEGORY_PRECEDENCE.length - CATEGORY_PRECEDENCE.indexOf(category);
    CSS.highlights.set(highlightName(category), highlight);
  }
}

/** True when the range is really registered (for the test hook). */
export function isHighlighted(category: Category, range: Range): boolean {
  return highlightSupported() && !!CSS.highlights.get(highlightName(category))?.has(range);
}
