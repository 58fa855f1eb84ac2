// Fetches a URL pack again on a schedule (browser.alarms). A failed or refused refresh keeps
// the pack in force and records why, for the options page.
import { browser } from 'wxt/browser';
import { loadPack } from '../coach-engine';
import { describeFetchFailure, describeLoadFailure } from '../settings/describe-failure';
import { fetchPackText } from '../settings/fetch-pack';
import { installPack } from '../settings/install-pack';
import { DEFAULT_REFRESH_MINUTES } from '../settings/managed';
import { setPackStatus } from '../settings/pack-status';
import { getPolicyState } from '../settings/policy-store';
import { getActivePack } from '../settings/store';
import { installManagedPack } from './managed-policy';

export const REFRESH_ALARM = 'posting-coach-pack-refresh';

/** The URL to refresh from and how often: the policy's, else the user's URL pack. */
async function refreshPlan(): Promise<{ url: string; minutes: number; managed: boolean } | undefined> {
  const [active, policy] = await Promise.all([getActivePack(), getPolicyState()]);
  if (policy.packLocked) {
    const url = policy.packLocation;
    return url && url !== 'policy' ? { url, minutes: policy.refreshMinutes ?? DEFAULT_REFRESH_MINUTES, managed: true } : undefined;
  }
  if (active.source.kind === 'url' && active.source.location) return { url: active.source.location, minutes: DEFAULT_REFRESH_MINUTES, managed: false };
  return undefined;
}

export async function scheduleRefresh(): Promise<void> {
  const plan = await refreshPlan();
  if (!plan) {
    await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === plan.minutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: plan.minutes, periodInMinutes: plan.minutes });
}

export async function refreshUrlPack(alarmName: string): Promise<void> {
  if (alarmName !== REFRESH_ALARM) return;
  const plan = await refreshPlan();
  if (!plan) return;
  const active = await getActivePack();
  if (plan.managed) {
    await installManagedPack({ kind: 'url', url: plan.url }, active, plan.minutes, true);
    return;
  }
  const fetched = await fetchPackText(plan.url);
  if (!fetched.ok) return setPackStatus({ url: plan.url, checkedAt: Date.now(), ok: false, problem: describeFetchFailure(fetched.failure) });
  const result = loadPack(fetched.text);
  if (!result.ok) return setPackStatus({ url: plan.url, checkedAt: Date.now(), ok: false, problem: describeLoadFailure(result) });
  // Writing an unchanged pack would make every open compose box recompile for nothing.
  if (JSON.stringify(result.pack) !== JSON.stringify(active.pack)) {
    await installPack({ pack: result.pack, source: { kind: 'url', location: plan.url, loadedAt: Date.now() } });
  }
  await setPackStatus({ url: plan.url, checkedAt: Date.now(), ok: true, ...(fetched.finalUrl ? { finalUrl: fetched.finalUrl } : {}) });
}
