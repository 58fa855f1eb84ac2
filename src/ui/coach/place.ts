// Where the badge and the panel go: outside the compose box where there is room, never over the
// post's text, the site's Post button or its counter; flipped to another side, or shrunk, when
// there is no room. Pure geometry in viewport pixels, so it is unit-tested without a browser.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export const BADGE = 24;
const GAP = 6;
const MARGIN = 8;
export const PANEL_WIDTH = 340;
const PANEL_MIN_WIDTH = 264;
const PANEL_MIN_HEIGHT = 180;

export const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const inside = (r: Rect, v: Viewport) => r.left >= 0 && r.top >= 0 && r.right <= v.width && r.bottom <= v.height;
const union = (rs: readonly Rect[]): Rect =>
  rs.reduce((u, r) => ({ left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) }));

/** The badge: beside the box's top-right corner, else the top-left, above, below; inside only as a last resort. */
export function placeBadge(box: Rect, avoid: readonly Rect[], v: Viewport): Rect {
  const blocked = [box, ...avoid];
  const candidates = [
    rect(box.right + GAP, box.top, BADGE, BADGE),
    rect(box.left - GAP - BADGE, box.top, BADGE, BADGE),
    rect(box.right - BADGE, box.top - GAP - BADGE, BADGE, BADGE),
    rect(box.right - BADGE, box.bottom + GAP, BADGE, BADGE),
  ];
  const free = candidates.find((c) => inside(c, v) && !blocked.some((b) => intersects(c, b)));
  if (free) return free;
  // A box as wide and tall as the viewport: its top-right corner, over the padding, not the caret's line end.
  return rect(Math.min(box.right, v.width) - BADGE - 2, Math.max(box.top, 0) + 2, BADGE, BADGE);
}

export interface PanelPlace {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

/**
 * The panel, `height` tall when it has room (its content's height): right of the box and
 * badge, left of the box, below the box and its controls, above the box; else on the side
 * with most room, shrunk to fit, still clear of the text.
 */
export function placePanel(box: Rect, badge: Rect, avoid: readonly Rect[], v: Viewport, height: number): PanelPlace {
  const blocked = [box, badge, ...avoid];
  const width = Math.min(PANEL_WIDTH, v.width - 2 * MARGIN);
  const h = Math.min(height, v.height - 2 * MARGIN);
  const clampTop = (top: number, hh: number) => Math.max(MARGIN, Math.min(top, v.height - MARGIN - hh));
  const near = union([box, ...avoid.filter((a) => a.top < box.bottom + 200 && a.bottom > box.top - 200)]);
  const beside = (left: number, w: number): PanelPlace => ({ left, top: clampTop(box.top, h), width: w, maxHeight: h });
  const rightEdge = Math.max(box.right, badge.right) + MARGIN;
  const leftEdge = Math.min(box.left, badge.left) - MARGIN;
  const tries: PanelPlace[] = [];
  if (v.width - MARGIN - rightEdge >= PANEL_MIN_WIDTH) tries.push(beside(rightEdge, Math.min(width, v.width - MARGIN - rightEdge)));
  if (leftEdge - MARGIN >= PANEL_MIN_WIDTH) {
    const w = Math.min(width, leftEdge - MARGIN);
    tries.push(beside(leftEdge - w, w));
  }
  const left = Math.max(MARGIN, Math.min(box.right - width, v.width - MARGIN - width));
  const below = v.height - MARGIN - (near.bottom + MARGIN);
  if (below >= Math.min(h, PANEL_MIN_HEIGHT)) tries.push({ left, top: near.bottom + MARGIN, width, maxHeight: Math.min(h, below) });
  const above = Math.min(box.top, badge.top) - 2 * MARGIN;
  if (above >= Math.min(h, PANEL_MIN_HEIGHT)) {
    const hh = Math.min(h, above);
    tries.push({ left, top: Math.min(box.top, badge.top) - MARGIN - hh, width, maxHeight: hh });
  }
  const fits = (p: PanelPlace) => !blocked.some((b) => intersects(rect(p.left, p.top, p.width, p.maxHeight), b));
  const chosen = tries.find(fits);
  if (chosen) return chosen;
  // No clear place: the larger of the rooms above and below the text, shrunk to it.
  const roomBelow = v.height - MARGIN - (box.bottom + MARGIN);
  const roomAbove = box.top - 2 * MARGIN;
  if (roomBelow >= roomAbove) return { left, top: box.bottom + MARGIN, width, maxHeight: Math.max(120, roomBelow) };
  const hh = Math.max(120, roomAbove);
  return { left, top: Math.max(MARGIN, box.top - MARGIN - hh), width, maxHeight: hh };
}
