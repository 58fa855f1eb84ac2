// Reading and watching settings and the pack in force, for every surface.
// Managed storage (enterprise policy) is merged over the user's settings by the background,
// which writes the effective values; surfaces only read.
import { browser } from 'wxt/browser';
import type { Pack } from '../engine/pack/types';
import defaultPack from '../../packs/default.json';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings';

export type PackSourceKind = 'default' | 'file' | 'paste' | 'url' | 'managed';

export interface PackSource {
  kind: PackSourceKind;
  /** File name or URL, when there is one. */
  location?: string;
  /** Milliseconds since the epoch. */
  loadedAt: number;
  /** True when enterprise policy fixes the pack. */
  locked?: boolean;
}

export interface ActivePack {
  pack: Pack;
  source: PackSource;
}

export const ACTIVE_PACK_KEY = 'activePack';

export const DEFAULT_ACTIVE_PACK: ActivePack = {
  pack: defaultPack as Pack,
  source: { kind: 'default', loadedAt: 0 },
};

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...((stored[SETTINGS_KEY] as Partial<Settings> | undefined) ?? {}) };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function getActivePack(): Promise<ActivePack> {
  const stored = await browser.storage.local.get(ACTIVE_PACK_KEY);
  return (stored[ACTIVE_PACK_KEY] as ActivePack | undefined) ?? DEFAULT_ACTIVE_PACK;
}

/** Calls back with the new value whenever settings or the pack in force change. Returns an unsubscribe. */
export function watchStore(onChange: (change: { settings?: Settings; activePack?: ActivePack }) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const out: { settings?: Settings; activePack?: ActivePack } = {};
    if (SETTINGS_KEY in changes) out.settings = { ...DEFAULT_SETTINGS, ...(changes[SETTINGS_KEY]!.newValue as Partial<Settings>) };
    if (ACTIVE_PACK_KEY in changes) out.activePack = (changes[ACTIVE_PACK_KEY]!.newValue as ActivePack | undefined) ?? DEFAULT_ACTIVE_PACK;
    if (out.settings || out.activePack) onChange(out);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const ACCEPTED_TERMS_KEY = 'acceptedPackTerms';
