// The site's own controls next to a compose box (its Post button, character counter and the
// other toolbar buttons), so the coach's badge and panel can stay clear of them. Read-only.
import type { Rect } from '../ui/coach/place';
import type { SiteAdapter } from './sites';

const CONTROLS = 'button, [role="button"], input[type="submit"], [class*="count" i], [data-testid*="count" i], [aria-live]';
const LEVELS = 8;

/** The closest ancestor (crossing shadow roots) that also holds a button outside the box. */
function composerOf(box: HTMLElement): ParentNode | undefined {
  let node: Node | null = box;
  for (let i = 0; i < LEVELS && node; i++) {
    const parent: Node | null = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    if (!parent || parent === document.documentElement || parent === document.body) return undefined;
    if (parent instanceof Element && [...parent.querySelectorAll('button, [role="button"], input[type="submit"]')].some((b) => !box.contains(b))) return parent;
    node = parent;
  }
  return undefined;
}

function visibleRect(el: Element): Rect | undefined {
  const r = el.getBoundingClientRect();
  // A counter or a button is small; a large match (a whole toolbar region) is not a control.
  return r.width > 0 && r.height > 0 && r.width * r.height < 40_000 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : undefined;
}

export function siteControlRects(box: HTMLElement, adapter: SiteAdapter | undefined): Rect[] {
  const composer = composerOf(box);
  const scopes: ParentNode[] = composer ? [composer] : [];
  // A box inside a shadow root (Reddit) has its toolbar in the same root.
  const root = box.getRootNode();
  if (root instanceof ShadowRoot) scopes.push(root);
  const found = new Set<Element>();
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll(CONTROLS)) if (!box.contains(el) && !el.contains(box)) found.add(el);
    if (adapter) for (const el of scope.querySelectorAll(adapter.submitSelector)) if (!box.contains(el)) found.add(el);
  }
  return [...found].flatMap((el) => visibleRect(el) ?? []);
}
