// Starts Firefox (headless, over WebDriver BiDi: no geckodriver, no download) and installs the
// built add-on as a temporary add-on, at a fixed moz-extension:// address.
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../src/gecko-id.ts';
import { FIREFOX_PATH } from './firefox-binary.ts';
import { until } from './wait.ts';

export const ADDON_DIR = path.resolve(process.env.POSTING_COACH_OUT ?? '.output', 'firefox-mv2');

// Firefox gives each add-on a random UUID for its pages' origin; the pref below fixes it, so tests
// know the address of the options page before the add-on is installed.
const ADDON_UUID = '5d0f6c1e-2a7b-4c3d-9e8f-0a1b2c3d4e5f';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxOptions {
  /** Another Firefox program (the policy test's private installation). */
  executablePath?: string;
  /** More preferences for the new profile. */
  prefs?: Record<string, string | number | boolean>;
}

export async function startFirefox(options: FirefoxOptions = {}): Promise<Browser> {
  if (!existsSync(path.join(ADDON_DIR, 'manifest.json'))) throw new Error(`No built add-on at ${ADDON_DIR}: run \`wxt build -b firefox\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? FIREFOX_PATH,
    headless: true,
    // Lets the test open the add-on's own pages (options, popup, review) as tabs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      // Reinstalling between tests keeps the address (the add-on's data is still wiped).
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...options.prefs,
    },
  });
  reportUnexpectedExit(browser, 'posting-coach firefox tests');
  return browser;
}

/**
 * Installs the built add-on afresh: uninstalling it first wipes everything it stored (local
 * storage, the IndexedDB history), so each test starts from a new install, as a person would.
 * The welcome tab a new install opens is waited for and closed: opened later, it would take the
 * foreground from the tab a test is typing in.
 */
export async function installAddon(browser: Browser): Promise<void> {
  await browser.uninstallExtension(GECKO_ID).catch(() => undefined);
  const before = new Set(await browser.pages());
  const id = await browser.installExtension(ADDON_DIR);
  if (id !== GECKO_ID) throw new Error(`the add-on installed as ${id}, not ${GECKO_ID}`);
  const welcome = `${ADDON_ORIGIN}/welcome.html`;
  const tab = await until(
    async () => {
      for (const page of await browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === welcome) return page;
      }
      return undefined;
    },
    (page) => page !== undefined,
    // Generous: on a machine this loaded (load average 19 on 2 cores), 15 s was once too short.
    { timeout: 45_000, message: 'the new install opened its welcome tab' },
  );
  await tab!.close();
}

/** Says so on stderr when Firefox goes away by itself: Puppeteer would only report "Target closed". */
function reportUnexpectedExit(browser: Browser, label: string): void {
  const child = browser.process();
  let closing = false;
  const close = browser.close.bind(browser);
  browser.close = async () => {
    closing = true;
    await close();
  };
  child?.once('exit', (code, signal) => {
    if (!closing) process.stderr.write(`\n[${label}] Firefox exited by itself (code ${code}, signal ${signal}); a pending action will fail with "Target closed".\n`);
  });
}

/** Closes every tab but one blank one, so a test starts with nothing of the last test open. */
export async function closeTabs(browser: Browser): Promise<void> {
  const pages = await browser.pages();
  const keep = pages[0];
  await Promise.all(pages.slice(1).map((page: Page) => page.close().catch(() => undefined)));
  if (keep) await keep.goto('about:blank').catch(() => undefined);
}
