// A hook for the e2e tests, off unless the test switched it on in storage: the page asks with a
// `posting-coach:test-query` event and gets the boxes' state back (a JSON string, since only
// primitives cross from the isolated world to the page's).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposeSession } from './session';
import { testStateOf } from './session-view';

export const TEST_HOOK_KEY = 'postingCoachTestHook';

export async function installTestHook(ctx: ContentScriptContext, sessions: () => readonly ComposeSession[]): Promise<void> {
  const stored = await browser.storage.local.get(TEST_HOOK_KEY);
  if (stored[TEST_HOOK_KEY] !== true) return;
  window.addEventListener('posting-coach:test-query', () => {
    const state = { boxes: sessions().filter((s) => s.box.isConnected).map(testStateOf) };
    window.dispatchEvent(new CustomEvent('posting-coach:test-state', { detail: JSON.stringify(state) }));
  }, { signal: ctx.signal });
}
