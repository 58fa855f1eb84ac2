// A hook for the e2e tests, present only in test builds (src/test-hooks.ts) and off unless the
// test switched it on in storage: the page asks with a `posting-coach:test-query` event and gets
// the boxes' state back (a JSON string, since only primitives cross from the isolated world to
// the page's). Never in a production build: any page could read the coach through it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposeSession } from './session';
import { testStateOf } from './session-view';

export function installTestHook(ctx: ContentScriptContext, sessions: () => readonly ComposeSession[]): void {
  window.addEventListener('posting-coach:test-query', () => {
    const state = { boxes: sessions().filter((s) => s.box.isConnected).map(testStateOf) };
    window.dispatchEvent(new CustomEvent('posting-coach:test-state', { detail: JSON.stringify(state) }));
  }, { signal: ctx.signal });
}
