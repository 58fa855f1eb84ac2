// Reads everything the settings in force depend on (the user's settings, the pack in force, what
// enterprise policy fixes, what the user accepted of the pack's history terms) and decides them.
// For extension pages and the background; content scripts get the result by message.
import { browser } from 'wxt/browser';
import { effectiveSettings, type AcceptedTerms, type EffectiveSettings } from './effective';
import { getPolicyState } from './policy-store';
import { ACCEPTED_TERMS_KEY, getActivePack, getSettings } from './store';

export async function getAcceptedTerms(): Promise<AcceptedTerms | undefined> {
  const stored = await browser.storage.local.get(ACCEPTED_TERMS_KEY);
  return stored[ACCEPTED_TERMS_KEY] as AcceptedTerms | undefined;
}

export async function readEffective(): Promise<EffectiveSettings> {
  const [settings, active, policy, accepted] = await Promise.all([getSettings(), getActivePack(), getPolicyState(), getAcceptedTerms()]);
  return effectiveSettings({
    settings,
    pack: active.pack,
    packForced: active.source.kind === 'managed',
    policy: policy.fixed,
    ...(accepted ? { accepted } : {}),
  });
}
