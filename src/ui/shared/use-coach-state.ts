// The settings, the pack in force and the policy lock, kept live while a page is open.
import { useEffect, useState } from 'preact/hooks';
import { getPolicyState, watchPolicyState, type PolicyState } from '../../settings/policy-store';
import { getActivePack, getSettings, watchStore, type ActivePack } from '../../settings/store';
import type { Settings } from '../../settings/settings';
import { browser } from 'wxt/browser';
import type { AcceptedTerms } from '../../settings/effective';
import { getAcceptedTerms } from '../../settings/read-effective';
import { ACCEPTED_TERMS_KEY } from '../../settings/store';

export interface CoachState {
  settings: Settings;
  active: ActivePack;
  policy: PolicyState;
  /** The pack's history terms the user accepted (src/settings/effective.ts). */
  accepted?: AcceptedTerms;
}

export function useCoachState(): { state?: CoachState; error?: string } {
  const [state, setState] = useState<CoachState>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let alive = true;
    Promise.all([getSettings(), getActivePack(), getPolicyState(), getAcceptedTerms()])
      .then(([settings, active, policy, accepted]) => alive && setState({ settings, active, policy, ...(accepted ? { accepted } : {}) }))
      .catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    const stopStore = watchStore(({ settings, activePack }) =>
      setState((prev) => (prev ? { ...prev, ...(settings ? { settings } : {}), ...(activePack ? { active: activePack } : {}) } : prev)),
    );
    const stopPolicy = watchPolicyState((policy) => setState((prev) => (prev ? { ...prev, policy } : prev)));
    const onAccepted = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && ACCEPTED_TERMS_KEY in changes) {
        const accepted = changes[ACCEPTED_TERMS_KEY]!.newValue as AcceptedTerms | undefined;
        setState((prev) => (prev ? { ...prev, accepted } : prev));
      }
    };
    browser.storage.onChanged.addListener(onAccepted);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onAccepted);
      stopStore();
      stopPolicy();
    };
  }, []);
  return { state, error };
}
