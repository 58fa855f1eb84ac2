import { describe, expect, it } from 'vitest';
import { intersects, placeBadge, placePanel, rect } from './place';

const view = { width: 1280, height: 800 };

describe('placeBadge', () => {
  it('sits beside the box, clear of its text and of the Post button', () => {
    const box = rect(340, 200, 600, 80);
    const post = rect(860, 300, 80, 36);
    const badge = placeBadge(box, [post], view);
    expect(intersects(badge, box)).toBe(false);
    expect(intersects(badge, post)).toBe(false);
    expect(badge.left).toBeGreaterThanOrEqual(box.right);
  });
  it('flips to the left or above when the box reaches the right edge', () => {
    const box = rect(300, 200, 980, 80);
    const badge = placeBadge(box, [], view);
    expect(intersects(badge, box)).toBe(false);
    expect(badge.right).toBeLessThanOrEqual(view.width);
  });
});

describe('placePanel', () => {
  it('opens beside a box with room, not over the text or the controls below it', () => {
    const box = rect(340, 200, 600, 80);
    const controls = [rect(860, 290, 80, 36), rect(800, 296, 40, 20)];
    const badge = placeBadge(box, controls, view);
    const p = placePanel(box, badge, controls, view, 400);
    const r = rect(p.left, p.top, p.width, p.maxHeight);
    for (const other of [box, badge, ...controls]) expect(intersects(r, other)).toBe(false);
  });
  it('goes below the box and its Post button in a narrow window', () => {
    const narrow = { width: 420, height: 800 };
    const box = rect(10, 100, 400, 80);
    const post = rect(330, 190, 80, 36);
    const badge = placeBadge(box, [post], narrow);
    const p = placePanel(box, badge, [post], narrow, 300);
    const r = rect(p.left, p.top, p.width, p.maxHeight);
    expect(intersects(r, box)).toBe(false);
    expect(intersects(r, post)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(post.bottom);
  });
  it('shrinks to the room left rather than covering the text', () => {
    const small = { width: 400, height: 500 };
    const box = rect(0, 150, 400, 200);
    const p = placePanel(box, placeBadge(box, [], small), [], small, 600);
    expect(intersects(rect(p.left, p.top, p.width, p.maxHeight), box)).toBe(false);
  });
});
