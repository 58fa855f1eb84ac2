// A fresh install of the add-on for every test: its data (packs, settings, history) is wiped
// between tests as a new profile would be, for the price of a reinstall (about 2 s) instead of a
// browser start (10–20 s). The browser is the shared one (shared-firefox.ts), or one of the spec's
// own when it needs other options (the policy spec's private installation).
import { after, before, beforeEach } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { closeTabs, installAddon, startFirefox, type FirefoxOptions } from './firefox.ts';
import { sharedFirefox } from './shared-firefox.ts';

export interface Session {
  readonly browser: Browser;
}

/** Registers before/after hooks in the current describe(); the browser is ready inside tests. */
export function freshAddonPerTest(ownFirefox?: () => FirefoxOptions): Session {
  const session = { browser: undefined as unknown as Browser };
  before(async () => {
    session.browser = ownFirefox ? await startFirefox(ownFirefox()) : (await sharedFirefox()).browser;
  });
  beforeEach(async () => {
    await closeTabs(session.browser);
    await installAddon(session.browser);
  });
  after(async () => {
    if (ownFirefox) await session.browser?.close();
    else await closeTabs(session.browser);
  });
  return session;
}
