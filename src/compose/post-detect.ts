// Knowing that a post went out without reading the site's network: a click on a submit-like
// button or Ctrl/Cmd+Enter in the box, followed shortly by the box being emptied or removed.
import type { SiteAdapter } from './sites';

export const POSTED_WITHIN_MS = 5000;
const SUBMIT_WORDS =
  /^(post|posten|plaatsen|publish|publiceren|tweet|post all|reply|beantwoorden|antwoord(en)?|reageer|reageren|send|verstuur|versturen|verzenden|comment|toot|share|delen)\b/i;

/** The submit-like control an event happened on, if any. */
export function submitControlOf(event: Event, adapter: SiteAdapter | undefined): Element | undefined {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (adapter && node.matches(adapter.submitSelector)) return node;
    if (!node.matches('button, [role="button"], input[type="submit"]')) continue;
    if (node.getAttribute('type') === 'submit') return node;
    const label = (node.getAttribute('aria-label') || node.textContent || '').trim();
    return label.length <= 40 && SUBMIT_WORDS.test(label) ? node : undefined;
  }
  return undefined;
}

/** Ctrl/Cmd+Enter sends on most sites; a plain Enter sends comments on some. */
export function isSubmitKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing;
}
