// Serves the fixture pages under the real sites' origins inside one Playwright browser context
// (https://x.com/x.html, https://www.facebook.com/facebook.html, …), answered from the local fixture
// server via request interception. Nothing goes to the network; the extension's host-matched
// content script and hostname-based site adapters run exactly as on the real site.
import type { BrowserContext, Route } from '@playwright/test';
import { FIXTURES, type FixtureInfo, type FixtureServer } from './fixture-server.ts';

/** Where the demo index lives when served this way (a reserved .test name, never a real host). */
export const DEMO_ORIGIN = 'https://demo.posting-coach.test';

export const SITE_HOSTS: ReadonlySet<string> = new Set([
  ...FIXTURES.map((fixture) => new URL(fixture.origin).hostname),
  new URL(DEMO_ORIGIN).hostname,
]);

/** The fixture's page URL on its real site's origin. */
export function siteUrlOf(fixture: FixtureInfo): string {
  return new URL(fixture.path, `${fixture.origin}/`).href;
}

async function answerFromFixtures(route: Route, server: FixtureServer): Promise<void> {
  const request = route.request();
  const original = new URL(request.url());
  const local = new URL(`${original.pathname}${original.search}`, server.url);
  const body = request.postDataBuffer();
  const response = await fetch(local, {
    method: request.method(),
    headers: { 'x-fixture-original-url': original.href },
    ...(body && request.method() !== 'GET' && request.method() !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
  });
  await route.fulfill({
    status: response.status,
    headers: { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-store' },
    body: Buffer.from(await response.arrayBuffer()),
  });
}

/** Route every request for the sites' hosts in `context` to the fixture server. Returns an undo function. */
export async function serveFixturesAtSites(context: BrowserContext, server: FixtureServer): Promise<() => Promise<void>> {
  const matches = (url: URL) => SITE_HOSTS.has(url.hostname);
  const handler = (route: Route) => answerFromFixtures(route, server);
  await context.route(matches, handler);
  return () => context.unroute(matches, handler);
}
