// One Firefox per spec file, and a fresh install of the add-on for every test: the add-on's data
// (packs, settings, history) is wiped between tests as a new profile would be, for the price of a
// reinstall (about a second) instead of a browser start (five to ten).
import { after, before, beforeEach } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { closeTabs, installAddon, startFirefox, type FirefoxOptions } from './firefox.ts';

export interface Session {
  readonly browser: Browser;
}

/** Registers before/after hooks in the current describe(); the browser is ready inside tests. */
export function freshAddonPerTest(options: () => FirefoxOptions = () => ({})): Session {
  const session = { browser: undefined as unknown as Browser };
  before(async () => {
    session.browser = await startFirefox(options());
  });
  beforeEach(async () => {
    await closeTabs(session.browser);
    await installAddon(session.browser);
  });
  after(async () => {
    await session.browser?.close();
  });
  return session;
}
