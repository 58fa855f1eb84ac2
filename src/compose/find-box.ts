// The generic detector: which element, if any, is a compose box the coach may read.
// Used by the loader on focus and input events, so it stays small and cheap.

import { siteAllows } from './sites';

const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-gramm_editor="false"]';
const SKIP_ROLES = new Set(['combobox', 'searchbox', 'search']);

/** The innermost element an event happened on, inside open shadow roots too. */
export function eventElement(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/** The editing host of a contenteditable element: the outermost element that is editable. */
export function editingHost(el: Element): HTMLElement | null {
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let host: HTMLElement = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The compose box an element belongs to, or null when it is none or is left alone. */
export function composeBoxOf(el: Element | null): HTMLElement | null {
  if (!el) return null;
  const box = el instanceof HTMLTextAreaElement ? el : editingHost(el);
  const where = globalThis.location;
  return box && isEligible(box) && (!where || siteAllows(box, where.hostname, where.pathname)) ? box : null;
}

export function isEligible(box: HTMLElement): boolean {
  if (box instanceof HTMLTextAreaElement && (box.readOnly || box.disabled || box.hasAttribute('readonly') || box.hasAttribute('disabled'))) return false;
  if (box.getAttribute('aria-readonly') === 'true' || box.getAttribute('aria-disabled') === 'true') return false;
  if (SKIP_ROLES.has(box.getAttribute('role') ?? '')) return false;
  if (box.closest(OPT_OUT) || box.closest('[role="search"], form[role="search"]')) return false;
  // A box inside a search form (e.g. a site search built on contenteditable) is not a post.
  return !/search|zoek/i.test(`${box.getAttribute('aria-label') ?? ''} ${box.getAttribute('name') ?? ''}`);
}
