// Talks to the content script's e2e test hook (src/compose/test-hook.ts): the page dispatches
// `posting-coach:test-query` and gets `posting-coach:test-state` back with the boxes as JSON.
// Off unless `postingCoachTestHook: true` is in browser.storage.local.
import type { Page } from '@playwright/test';

export const TEST_HOOK_KEY = 'postingCoachTestHook';

/** Start recording the time of the last key release, in the page's clock. */
export async function watchKeys(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(() => {
    const w = window as unknown as { __benchLastKey: number };
    w.__benchLastKey = 0;
    window.addEventListener('keyup', () => (w.__benchLastKey = performance.now()), true);
  });
}

/**
 * Milliseconds from the last key release until the coach reports a nudge for a box whose text ends
 * with `tail`; null when nothing is reported within `timeoutMs` (no hook, no coach, no nudge).
 */
export function nudgeLatency(page: Page, tail: string, timeoutMs = 5000): Promise<number | null> {
  return page.evaluate(
    ({ tail, timeoutMs }) =>
      new Promise<number | null>((resolve) => {
        const w = window as unknown as { __benchLastKey: number };
        const start = performance.now();
        const nudged = (): boolean => {
          let reply: string | undefined;
          const listen = (event: Event) => (reply = (event as CustomEvent<string>).detail);
          window.addEventListener('posting-coach:test-state', listen);
          window.dispatchEvent(new CustomEvent('posting-coach:test-query'));
          window.removeEventListener('posting-coach:test-state', listen);
          if (!reply) return false;
          const state = JSON.parse(reply) as { boxes: { text: string; badge: string }[] };
          return state.boxes.some((box) => box.text.trimEnd().endsWith(tail.trimEnd()) && box.badge !== '✓');
        };
        const poll = () => {
          if (nudged()) resolve(performance.now() - w.__benchLastKey);
          else if (performance.now() - start > timeoutMs) resolve(null);
          else setTimeout(poll, 2);
        };
        poll();
      }),
    { tail, timeoutMs },
  );
}
