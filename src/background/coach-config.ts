// What the coach in a page needs to know (the settings in force, the pack), handed out by
// message: content scripts never read or write extension storage themselves (storage.local is
// restricted to the extension's own pages, see registerCoachConfig). Changes are pushed to
// every tab's coach.
import { browser } from 'wxt/browser';
import { readEffective } from '../settings/read-effective';
import { POLICY_STATE_KEY } from '../settings/policy-store';
import type { Settings } from '../settings/settings';
import { SETTINGS_KEY } from '../settings/settings';
import { ACCEPTED_TERMS_KEY, ACTIVE_PACK_KEY, getActivePack, getSettings, type ActivePack } from '../settings/store';
import { TEST_HOOKS } from '../test-hooks';
import { mayAsk, senderKind } from './senders';

export const CONFIG_REQUEST = 'coach/config';
export const CONFIG_CHANGED = 'coach/config-changed';
export const SITE_ENABLED = 'coach/site-enabled';
/** Storage key the browser tests set to switch the page-readable hook on (test builds only: empty otherwise). */
const TEST_HOOK_KEY = TEST_HOOKS ? 'postingCoachTestHook' : '';

export interface CoachConfig {
  /** The user's settings with the values in force (policy > pack > user) put in. */
  settings: Settings;
  active: ActivePack;
  testHook: boolean;
}

export async function coachConfig(): Promise<CoachConfig> {
  const [settings, active, effective] = await Promise.all([getSettings(), getActivePack(), readEffective()]);
  const testHook = TEST_HOOKS ? (await browser.storage.local.get(TEST_HOOK_KEY))[TEST_HOOK_KEY] === true : false;
  return {
    settings: { ...settings, intensity: effective.intensity, role: effective.role, privacy: effective.privacy, retentionDays: effective.retentionDays, maxEvents: effective.maxEvents },
    active,
    testHook,
  };
}

const WATCHED = [SETTINGS_KEY, ACTIVE_PACK_KEY, POLICY_STATE_KEY, ACCEPTED_TERMS_KEY, ...(TEST_HOOKS ? [TEST_HOOK_KEY] : [])];

export function registerCoachConfig(): void {
  // Content scripts may not read or write storage.local; where the browser supports it.
  void restrictStorage();
  const base = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: unknown; site?: unknown } | null;
    if (m?.type !== CONFIG_REQUEST && m?.type !== SITE_ENABLED) return undefined;
    if (!mayAsk(senderKind(sender, browser.runtime.id, base), m.type)) return undefined;
    if (m.type === SITE_ENABLED) return getSettings().then((s) => ({ ok: true, enabled: !s.disabledSites.includes(String(m.site)) }));
    return coachConfig().then((config) => ({ ok: true, config }));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && WATCHED.some((key) => key in changes)) void pushConfig();
  });
}

async function pushConfig(): Promise<void> {
  const config = await coachConfig();
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: CONFIG_CHANGED, config }).catch(() => undefined))),
  );
}

async function restrictStorage(): Promise<void> {
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Browsers without access levels for storage.local (Firefox): content scripts still never
    // use it (they ask by message), but it cannot be enforced there.
  }
}
