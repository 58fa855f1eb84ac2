// One Firefox for every spec that needs no Firefox of its own: starting one costs 10–20 s on this
// machine (a new profile each time), a fresh install of the add-on about 2 s. Everything this
// browser sends out of itself goes through a recording proxy, so the privacy spec can see it;
// nothing else in the tests leaves the browser (the fixture sites are answered inside it).
import type { Browser } from 'puppeteer-core';
import { startFirefox } from './firefox.ts';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.ts';

export interface SharedFirefox {
  browser: Browser;
  proxy: RecordingProxy;
}

let shared: Promise<SharedFirefox> | undefined;

/** The shared Firefox, started on first use. */
export function sharedFirefox(): Promise<SharedFirefox> {
  shared ??= (async () => {
    const proxy = await startRecordingProxy();
    try {
      return { browser: await startFirefox({ prefs: proxy.prefs }), proxy };
    } catch (error) {
      await proxy.close();
      throw error;
    }
  })();
  return shared;
}

/** Closes the shared Firefox and its proxy, if one was started (suite.ts, after every spec). */
export async function closeSharedFirefox(): Promise<void> {
  if (!shared) return;
  const { browser, proxy } = await shared.catch(() => ({ browser: undefined, proxy: undefined }));
  shared = undefined;
  await browser?.close();
  await proxy?.close();
}
