// The outcome of the last scheduled refresh of a URL pack, for the options page.
import { browser } from 'wxt/browser';

export const PACK_STATUS_KEY = 'packStatus';

export interface PackStatus {
  url: string;
  /** Milliseconds since the epoch. */
  checkedAt: number;
  ok: boolean;
  /** Where redirects led, when not to `url`. */
  finalUrl?: string;
  /** Why the refresh did not change the pack, in English (logged; the page shows its own words). */
  problem?: string;
}

export async function getPackStatus(): Promise<PackStatus | undefined> {
  const stored = await browser.storage.local.get(PACK_STATUS_KEY);
  return stored[PACK_STATUS_KEY] as PackStatus | undefined;
}

export async function setPackStatus(status: PackStatus): Promise<void> {
  await browser.storage.local.set({ [PACK_STATUS_KEY]: status });
}
