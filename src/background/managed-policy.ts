// Applies enterprise policy: fixed settings are written over the user's, and the policy's pack
// (inline or by URL) is put in force, locked. A broken policy pack changes nothing but is reported.
import { browser } from 'wxt/browser';
import { loadPack } from '../coach-engine';
import { describeFetchFailure, describeLoadFailure } from '../settings/describe-failure';
import { fetchPackText } from '../settings/fetch-pack';
import { DEFAULT_REFRESH_MINUTES, isEmptyPolicy, managedPackSource, mergeManagedSettings, parseManagedPolicy } from '../settings/managed';
import { setPackStatus } from '../settings/pack-status';
import { NO_POLICY, POLICY_STATE_KEY, getPolicyState, type PolicyState } from '../settings/policy-store';
import { ACTIVE_PACK_KEY, DEFAULT_ACTIVE_PACK, getActivePack, getSettings, saveSettings, type ActivePack } from '../settings/store';

// Firefox answers this (and no other) error when policies.json has no section for the add-on:
// that is "no policy", as Chrome's empty object is. Any other failure tells us nothing, so the
// policy in force stays.
const FIREFOX_NO_POLICY = /^Managed storage manifest not found/;

/**
 * The managed values: {} when there is no policy (so a pack a removed policy had locked is
 * released), undefined when the browser could not say.
 */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch (error) {
    const message = error instanceof Error ? error.message : (error as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && FIREFOX_NO_POLICY.test(message) ? {} : undefined;
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Applies one policy at a time, in the order they arrive. */
export function applyManagedPolicy(raw: unknown): Promise<PolicyState> {
  const run = queue.then(() => apply(raw));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Reads managed storage and applies it, taking its place in the queue now (not once the read is
 * done): a policy applied after this call can never be overtaken by this older read.
 */
export function applyStoredPolicy(): Promise<PolicyState | undefined> {
  const run = queue.then(async () => {
    const raw = await readManagedStorage();
    return raw === undefined ? undefined : apply(raw);
  });
  queue = run.catch(() => undefined);
  return run;
}

async function apply(raw: unknown): Promise<PolicyState> {
  const { policy, problems } = parseManagedPolicy(raw);
  const source = managedPackSource(policy);
  const active = await getActivePack();
  // A policy that no longer names a pack releases the one it had put in force.
  if (!source && active.source.kind === 'managed') await writeActive({ ...DEFAULT_ACTIVE_PACK, source: { kind: 'default', loadedAt: Date.now() } });
  if (isEmptyPolicy(policy)) return saveState({ ...NO_POLICY, problems });

  const settings = await getSettings();
  const merged = mergeManagedSettings(settings, policy);
  if (JSON.stringify(merged) !== JSON.stringify(settings)) await saveSettings(merged);

  const refreshMinutes = policy.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  const packError = source ? await installManagedPack(source, active, refreshMinutes) : undefined;
  const fixed: PolicyState['fixed'] = {};
  if (policy.intensity) fixed.intensity = policy.intensity;
  if (policy.privacy) fixed.privacy = policy.privacy;
  if (policy.role) fixed.role = policy.role;
  return saveState({
    fixed,
    packLocked: !!source,
    ...(source ? { packLocation: source.kind === 'url' ? source.url : 'policy' } : {}),
    ...(source?.kind === 'url' ? { refreshMinutes } : {}),
    problems,
    ...(packError ? { packError } : {}),
  });
}

/** Puts the policy's pack in force; returns why not when it could not. */
export async function installManagedPack(
  source: NonNullable<ReturnType<typeof managedPackSource>>,
  active: ActivePack,
  refreshMinutes: number,
  force = false,
): Promise<string | undefined> {
  let value: string | object;
  let location: string | undefined;
  let fetched: Awaited<ReturnType<typeof fetchPackText>> & { ok: true } | undefined;
  if (source.kind === 'url') {
    // The service worker wakes often; fetch at most once per refresh interval.
    const fresh = active.source.kind === 'managed' && active.source.location === source.url && Date.now() - active.source.loadedAt < refreshMinutes * 60_000;
    if (fresh && !force) return (await getPolicyState()).packError;
    const answer = await fetchPackText(source.url);
    if (!answer.ok) {
      const problem = describeFetchFailure(answer.failure);
      await setPackStatus({ url: source.url, checkedAt: Date.now(), ok: false, problem });
      return problem;
    }
    fetched = answer;
    value = answer.text;
    location = source.url;
  } else {
    value = source.json;
  }
  const result = loadPack(value);
  if (!result.ok) {
    const problem = describeLoadFailure(result);
    if (location) await setPackStatus({ url: location, checkedAt: Date.now(), ok: false, problem });
    return problem;
  }
  if (location) await setPackStatus({ url: location, checkedAt: Date.now(), ok: true, ...(fetched?.finalUrl ? { finalUrl: fetched.finalUrl } : {}) });
  // The same pack from the same source is already in force: writing it again (on every service
  // worker start) would make every open compose box recompile for nothing.
  const same = active.source.kind === 'managed' && active.source.location === location && JSON.stringify(active.pack) === JSON.stringify(result.pack);
  if (same) return undefined;
  await writeActive({ pack: result.pack, source: { kind: 'managed', ...(location ? { location } : {}), loadedAt: Date.now(), locked: true } });
  return undefined;
}

async function writeActive(next: ActivePack): Promise<void> {
  await browser.storage.local.set({ [ACTIVE_PACK_KEY]: next });
}

async function saveState(state: PolicyState): Promise<PolicyState> {
  const current = await getPolicyState();
  if (JSON.stringify(current) !== JSON.stringify(state)) await browser.storage.local.set({ [POLICY_STATE_KEY]: state });
  return state;
}
