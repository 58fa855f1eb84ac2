// Puts a checked pack in force. A pack fixed by enterprise policy can only be replaced by policy.
import { browser } from 'wxt/browser';
import { ACTIVE_PACK_KEY, getActivePack, type ActivePack } from './store';

export type InstallResult = 'installed' | 'locked';

export async function installPack(next: ActivePack): Promise<InstallResult> {
  const current = await getActivePack();
  if (current.source.locked && next.source.kind !== 'managed') return 'locked';
  await browser.storage.local.set({ [ACTIVE_PACK_KEY]: next });
  return 'installed';
}
