// Privacy in Firefox: while posts are typed and sent in the compose fixtures, every request is
// written down three ways (the tab's requests as the browser makes them, the fixture server's
// log, and a proxy that gets whatever leaves the browser, the add-on's background page included).
// None carries any of the typed text, and the add-on makes no request at all. Control requests
// with a marker show that each recorder does catch a request when one is made.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { BROADCAST, PRESS_RELEASE, SELF_PROMOTION } from '../e2e/compose-posts.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../e2e/fixture-server.ts';
import { freshAddonPerTest } from './addon-session.ts';
import { enableTestHook, modelText, settledState, waitForComposer } from './coach.ts';
import { typeInto } from './compose-actions.ts';
import { openAddonPage } from './extension-pages.ts';
import { requestBodies, serveSites, siteUrlOf, type SeenRequest } from './fixture-sites.ts';
import type { RecordingProxy } from './recording-proxy.ts';
import { sharedFirefox } from './shared-firefox.ts';
import { repeated } from './repeat.ts';
import { until } from './wait.ts';

/** Every 16-character piece of a text: a leak of any part of a post would contain one. */
function pieces(text: string): string[] {
  const words = text.replace(/\s+/g, ' ');
  const out: string[] = [];
  for (let i = 0; i + 16 <= words.length; i += 8) out.push(words.slice(i, i + 16));
  return out;
}

function decoded(s: string): string {
  try {
    return `${s}\n${decodeURIComponent(s.replace(/\+/g, ' '))}`;
  } catch {
    return s;
  }
}

/**
 * Where Firefox itself calls out (not the add-on): the dummy addresses Puppeteer's profile sets,
 * and Mozilla's own services (Remote Settings cannot be pointed elsewhere in a release build).
 * HTTPS goes through the proxy as a tunnel, so for those only the host is known.
 */
const BROWSER_OWN = /^(http:\/\/)?([\w.-]+\.)?(dummy\.test|mozilla\.(com|net|org)|firefox\.com)([:/]|$)/;

describe('privacy (Firefox)', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  before(async () => {
    server = await startFixtureServer();
    // The shared Firefox sends all it sends out through this recording proxy.
    proxy = (await sharedFirefox()).proxy;
  });
  const session = freshAddonPerTest();
  after(async () => server?.close());

  repeated('no request carries typed text, and the add-on makes none', async () => {
    const helper = await session.browser.newPage();
    await enableTestHook(helper);
    const proxiedBefore = proxy.requests().length;
    server.clearRequests();
    const seen: SeenRequest[] = [];
    const page = await session.browser.newPage();
    await serveSites(page, server, seen);

    const typed: string[] = [];
    const posts = [BROADCAST, SELF_PROMOTION, PRESS_RELEASE];
    for (const [i, fixture] of FIXTURES.entries()) {
      const post = posts[i % posts.length]!;
      await page.goto(siteUrlOf(fixture));
      await waitForComposer(page);
      await typeInto(page, fixture, post.text);
      typed.push(post.text);
      await settledState(page, post.text);
      await page.locator('[data-fixture="post"]').click();
      await until(() => modelText(page), (t) => t.trim() === '', { message: 'the post was sent' });
    }

    // The recorders catch text when it is sent: from the page, and from the add-on's background.
    const marker = `privacy control marker ${Date.now()}`;
    await page.evaluate((m: string) => fetch(`/api/echo?q=${encodeURIComponent(m)}`, { method: 'POST', body: m }).catch(() => undefined), marker);
    // A Firefox without request bodies over BiDi (see fixture-sites.ts) shows the tab's requests by
    // address and headers only, and forwards no body to the fixture server; the proxy still gets
    // the bodies of all that leaves the browser, and the Chromium privacy spec checks the tab's.
    const carriesMarker = (body: string) => !requestBodies.readable || body.includes(marker);
    await until(() => seen.some((r) => decoded(r.url).includes(marker) && carriesMarker(r.body)), Boolean, { message: 'the tab recorder saw the control request' });
    await until(() => server.requests().some((r) => decoded(r.url).includes(marker) && carriesMarker(r.body)), Boolean, { message: 'the fixture server saw it' });
    if (!requestBodies.readable) process.stdout.write('# this Firefox gives no request bodies over BiDi: the tab\'s requests were checked by address and headers\n');
    await controlFromBackground(helper, marker);
    await until(
      () => proxy.requests().some((r) => r.target.includes('control.posting-coach.test') && r.body.includes(marker)),
      Boolean,
      { message: 'the proxy saw the background page’s control request' },
    );

    const needles = typed.flatMap(pieces);
    assert.ok(needles.length > 50);
    const carries = (...fields: string[]) => needles.some((n) => fields.some((f) => decoded(f).includes(n)));
    assert.deepEqual(seen.filter((r) => carries(r.url, r.headers, r.body)).map((r) => r.url), [], 'requests of the tab carrying typed text');
    assert.deepEqual(server.requests().filter((r) => carries(r.url, r.body)).map((r) => r.url), [], 'requests the fixture server got carrying typed text');
    const proxied = proxy.requests().slice(proxiedBefore);
    assert.deepEqual(proxied.filter((r) => carries(r.target, r.headers, r.body)).map((r) => r.target), [], 'requests leaving the browser carrying typed text');
    // Apart from the controls and Firefox's own calls, nothing left the browser: the add-on made no request.
    const others = proxied.filter((r) => !r.target.includes('control.posting-coach.test') && !BROWSER_OWN.test(r.target));
    assert.deepEqual(others.map((r) => `${r.method} ${r.target}`), [], 'requests that left the browser');
    // The tab's recorder was listening all along: every fixture page came through it.
    assert.ok(FIXTURES.every((f) => seen.some((r) => r.url === siteUrlOf(f))), 'every fixture page was seen loading');
  }, { timeout: 180_000 });
});

/** A request made by the add-on's background page itself (MV2: reachable from its own pages). */
async function controlFromBackground(helper: Page, marker: string): Promise<void> {
  await openAddonPage(helper, 'popup.html');
  await helper.evaluate(async (m: string) => {
    type Bg = { fetch: typeof fetch };
    const bg = (await (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Bg> } } }).browser.runtime.getBackgroundPage());
    await bg.fetch(`http://control.posting-coach.test/?q=${encodeURIComponent(m)}`, { method: 'POST', body: m }).catch(() => undefined);
  }, marker);
}
