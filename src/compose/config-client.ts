// The coach's side of src/background/coach-config.ts: asks for the settings in force and the
// pack, and hears about changes. Nothing here touches extension storage.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CoachConfig } from '../background/coach-config';
import { sendUntilAcknowledged } from '../history/send';

export type { CoachConfig };

export async function requestConfig(): Promise<CoachConfig | undefined> {
  const reply = await sendUntilAcknowledged<{ ok: true; config: CoachConfig }>({ type: 'coach/config' }, { attempts: 5 });
  return reply?.config;
}

export async function siteEnabled(site: string): Promise<boolean> {
  const reply = await sendUntilAcknowledged<{ ok: true; enabled: boolean }>({ type: 'coach/site-enabled', site }, { attempts: 3 });
  return reply?.enabled ?? true;
}

/** Calls back with each new config the background pushes; stops with the context. */
export function onConfigChanged(ctx: ContentScriptContext, callback: (config: CoachConfig) => void): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    const m = message as { type?: unknown; config?: CoachConfig } | null;
    if (m?.type === 'coach/config-changed' && m.config && sender.id === browser.runtime.id) callback(m.config);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
