// The settings, the pack in force and the policy lock, kept live while a page is open.
import { useEffect, useState } from 'preact/hooks';
import { getPolicyState, watchPolicyState, type PolicyState } from '../../settings/policy-store';
import { getActivePack, getSettings, watchStore, type ActivePack } from '../../settings/store';
import type { Settings } from '../../settings/settings';

export interface CoachState {
  settings: Settings;
  active: ActivePack;
  policy: PolicyState;
}

export function useCoachState(): { state?: CoachState; error?: string } {
  const [state, setState] = useState<CoachState>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let alive = true;
    Promise.all([getSettings(), getActivePack(), getPolicyState()])
      .then(([settings, active, policy]) => alive && setState({ settings, active, policy }))
      .catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    const stopStore = watchStore(({ settings, activePack }) =>
      setState((prev) => (prev ? { ...prev, ...(settings ? { settings } : {}), ...(activePack ? { active: activePack } : {}) } : prev)),
    );
    const stopPolicy = watchPolicyState((policy) => setState((prev) => (prev ? { ...prev, policy } : prev)));
    return () => {
      alive = false;
      stopStore();
      stopPolicy();
    };
  }, []);
  return { state, error };
}
