// Per-site access: injects the coach when a page's loader found a compose box, and runs the
// loader on the extra sites the user switched on (their host permission was granted from the
// popup or options on a user gesture; here we only register the content script for them).
import { browser } from 'wxt/browser';
import { LOAD_COACH } from '../compose/handoff';
import { SETTINGS_KEY } from '../settings/settings';
import { getSettings } from '../settings/store';

const EXTRA_SCRIPT_ID = 'posting-coach-extra-sites';
const LOADER_FILE = 'content-scripts/content.js';
const COACH_FILE = '/coach.js';

export function registerSiteAccess(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== LOAD_COACH) return undefined;
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    return injectCoach(sender.tab.id, sender.frameId ?? 0);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void syncExtraSites();
  });
  browser.permissions.onAdded.addListener(() => void syncExtraSites());
  browser.permissions.onRemoved.addListener(() => void syncExtraSites());
  void syncExtraSites();
}

async function injectCoach(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COACH_FILE] });
    return true;
  } catch {
    // The frame went away or access was withdrawn: the page simply stays uncoached.
    return false;
  }
}

/** "https://example.org:8443" → "https://example.org/*" (a pattern without a port matches every port). HTTPS only. */
export function originToMatch(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' ? `https://${url.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the registered loader in step with the extra origins whose permission is granted. */
export async function syncExtraSites(): Promise<string[]> {
  const { extraOrigins } = await getSettings();
  const matches: string[] = [];
  for (const pattern of new Set(extraOrigins.map(originToMatch))) {
    if (pattern && (await browser.permissions.contains({ origins: [pattern] }))) matches.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      { id: EXTRA_SCRIPT_ID, matches, js: [LOADER_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}
