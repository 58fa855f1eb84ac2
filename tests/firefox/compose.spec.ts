// The coach in every compose fixture, in Firefox: a post typed key by key lands in the editor's
// own model unchanged, draws its nudge (badge, highlights over the right words), and the panel
// opens from the badge with one card per nudge and closes with Escape.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { BROADCAST } from '../e2e/compose-posts.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../e2e/fixture-server.ts';
import { coachState, enableTestHook, waitForComposer } from './coach.ts';
import { expectNudged, typeInto } from './compose-actions.ts';
import { closeTabs, installAddon } from './firefox.ts';
import { serveSites, siteUrlOf } from './fixture-sites.ts';
import { repeated } from './repeat.ts';
import { sharedFirefox } from './shared-firefox.ts';
import { until, untilEqual } from './wait.ts';

describe('the coach in the compose boxes (Firefox)', () => {
  let browser: Browser;
  let server: FixtureServer;

  // The shared Firefox with one fresh install for all fixtures: nothing here depends on stored data.
  before(async () => {
    server = await startFixtureServer();
    browser = (await sharedFirefox()).browser;
    await closeTabs(browser);
    await installAddon(browser);
    const helper = await browser.newPage();
    await enableTestHook(helper);
    await helper.close();
  });
  after(async () => {
    if (browser) await closeTabs(browser);
    await server?.close();
  });

  /** Panel state read from the coach's shadow root: is it open, and the cards' messages. */
  const panel = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('posting-coach-ui')?.shadowRoot;
      const dialog = root?.querySelector('[role="dialog"]');
      if (!dialog) return null;
      return {
        label: dialog.getAttribute('aria-label'),
        focused: root!.activeElement === dialog,
        messages: [...dialog.querySelectorAll('.pc-card .pc-message')].map((m) => (m.textContent ?? '').trim()),
      };
    });

  for (const fixture of FIXTURES) {
    repeated(`${fixture.id} (${fixture.editor}): a typed post is nudged, highlighted, and explained in the panel`, async () => {
      await closeTabs(browser);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await serveSites(page, server);
      await page.goto(siteUrlOf(fixture));
      await waitForComposer(page);

      await typeInto(page, fixture, BROADCAST.text);
      const state = await expectNudged(page, BROADCAST);

      await page.locator('posting-coach-ui >>> .pc-badge').click();
      const open = await until(() => panel(page), (p) => p !== null && p.messages.length === state.findings.length, { message: 'the panel opened with a card per nudge' });
      assert.equal(open!.label, 'Posting Coach');
      // The panel takes the focus just after it is drawn (an effect), so wait for it.
      await until(() => panel(page), (p) => p?.focused === true, { message: 'focus moved into the panel' });
      assert.deepEqual(open!.messages, state.findings.map((f) => f.message));
      await page.keyboard.press('Escape');
      await untilEqual(() => panel(page), null, { message: 'Escape closed the panel' });
      // The coach still reads the same text (the panel took nothing from the editor).
      assert.equal((await coachState(page))[0]?.text, BROADCAST.text);
      assert.deepEqual(errors, [], 'the page threw');
      await page.close();
    });
  }
});
