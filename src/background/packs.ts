// Pack sources in the background: the welcome page on install, the scheduled refresh of a URL
// pack, and enterprise policy (managed storage), whose pack wins and locks the choice.
import { browser } from 'wxt/browser';
import { applyManagedPolicy, applyStoredPolicy } from './managed-policy';
import { refreshUrlPack, scheduleRefresh } from './pack-refresh';
import { ACTIVE_PACK_KEY } from '../settings/store';
import { POLICY_STATE_KEY } from '../settings/policy-store';
import { TEST_HOOKS } from '../test-hooks';

export function registerPackSources(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.alarms.onAlarm.addListener((alarm) => void refreshUrlPack(alarm.name));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void applyStoredPolicy();
    if (area === 'local' && (ACTIVE_PACK_KEY in changes || POLICY_STATE_KEY in changes)) void scheduleRefresh();
  });
  void applyStoredPolicy().then(() => scheduleRefresh());
  // For the browser tests, which cannot write managed storage: postingCoachPolicy.apply({...}).
  // Test builds only (src/test-hooks.ts): in a released build nothing but real policy applies one.
  if (TEST_HOOKS) (globalThis as { postingCoachPolicy?: unknown }).postingCoachPolicy = { apply: applyManagedPolicy };
}
