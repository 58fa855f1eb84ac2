// Serves the editor fixtures (tests/e2e/fixtures, the same pages and site list the Chromium tests
// use) at the real sites' addresses inside a Firefox tab: every request of the tab is intercepted;
// those for the sites' hosts are answered by the local fixture server, so the add-on's manifest
// matches, its site adapters and permissions run as on x.com, and nothing reaches the network.
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { FixtureServer } from '../e2e/fixture-server.ts';
import { SITE_HOSTS } from '../e2e/fixture-sites.ts';

export { siteUrlOf } from '../e2e/fixture-sites.ts';

export interface SeenRequest {
  url: string;
  method: string;
  headers: string;
  body: string;
}

/** Serves the sites in `page`; every http(s) request the tab makes goes to `log` (when given). */
export async function serveSites(page: Page, server: FixtureServer, log?: SeenRequest[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => void answer(request, server, log));
}

async function answer(request: HTTPRequest, server: FixtureServer, log?: SeenRequest[]): Promise<void> {
  // Another handler may already have settled it (never the case here, but cheap to respect).
  if (request.isInterceptResolutionHandled()) return;
  const url = new URL(request.url());
  const body = request.hasPostData() ? await readBody(request) : '';
  if (/^https?:$/.test(url.protocol)) log?.push({ url: url.href, method: request.method(), headers: JSON.stringify(request.headers()), body });
  if (!SITE_HOSTS.has(url.hostname)) {
    // Not a fixture site: let it go on (the privacy test's proxy sees it; nothing else is there).
    await request.continue().catch(() => undefined);
    return;
  }
  try {
    const local = new URL(`${url.pathname}${url.search}`, server.url);
    const method = request.method();
    const response = await fetch(local, {
      method,
      headers: { 'x-fixture-original-url': url.href },
      ...(body && method !== 'GET' && method !== 'HEAD' ? { body } : {}),
    });
    await request.respond({
      status: response.status,
      headers: { 'cache-control': 'no-store' },
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      body: Buffer.from(await response.arrayBuffer()),
    });
  } catch {
    // The tab went away while the answer was on its way.
    await request.abort().catch(() => undefined);
  }
}

/**
 * Whether this Firefox gives request bodies over BiDi. Its `network.getData` command came after
 * the 140 ESR that Debian ships (bookworm, December 2026): there a request's body cannot be read,
 * so the tab's recorder sees method, address and headers only.
 */
export const requestBodies = { readable: true };

// Firefox's BiDi gives a request's body on demand (network.getData); postData() is Chrome-only.
async function readBody(request: HTTPRequest): Promise<string> {
  try {
    return (await request.fetchPostData()) ?? '';
  } catch (error) {
    if (/network\.getData/.test(String(error))) {
      requestBodies.readable = false;
      return '';
    }
    return `<body not readable: ${String(error)}>`;
  }
}
