// What enterprise policy currently fixes, as written by the background for the pages to show.
import { browser } from 'wxt/browser';
import type { Intensity, Role } from '../engine/types';
import type { Privacy } from '../history/events';

export const POLICY_STATE_KEY = 'policyState';

export interface PolicyState {
  /** Settings the policy fixes. */
  fixed: { intensity?: Intensity; privacy?: Privacy; role?: Role };
  /** True when the policy supplies the pack. */
  packLocked: boolean;
  /** Where the policy's pack comes from, for display. */
  packLocation?: string;
  /** How often the policy's pack URL is fetched again. */
  refreshMinutes?: number;
  /** Policy values that were ignored, and why. */
  problems: string[];
  /** Why the policy's pack could not be put in force, when it could not. */
  packError?: string;
}

export const NO_POLICY: PolicyState = { fixed: {}, packLocked: false, problems: [] };

export async function getPolicyState(): Promise<PolicyState> {
  const stored = await browser.storage.local.get(POLICY_STATE_KEY);
  return (stored[POLICY_STATE_KEY] as PolicyState | undefined) ?? NO_POLICY;
}

export function watchPolicyState(onChange: (state: PolicyState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && POLICY_STATE_KEY in changes) onChange((changes[POLICY_STATE_KEY]!.newValue as PolicyState | undefined) ?? NO_POLICY);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
