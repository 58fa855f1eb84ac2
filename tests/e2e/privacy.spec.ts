// Privacy, proven: every request made while the tests type (by the pages, by the extension's
// service worker, and as received by the local fixture server) is recorded; none carries any of
// the typed text, and the extension itself makes no request at all.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1'; // before the browser starts

import type { Request } from '@playwright/test';
import { FIXTURES } from './fixture-server.ts';
import { modelText, waitForComposer } from './fixture-page.ts';
import { replaceText } from './compose-actions';
import { BROADCAST, PRESS_RELEASE, SELF_PROMOTION } from './compose-posts';
import { FAST, recordHistory, settledState, siteUrlOf } from './compose-sites';
import { expect, test } from './compose-test';

// Every page request goes through the fixture server, whose log is checked too.
test.use({ via: 'server' });

interface Seen {
  from: 'page' | 'extension';
  url: string;
  where: string;
}

function describe(request: Request): Seen {
  const worker = request.serviceWorker();
  const frameUrl = worker ? '' : safe(() => request.frame().url());
  const extension = !!worker || request.url().startsWith('chrome-extension://') || frameUrl.startsWith('chrome-extension://');
  const body = request.postData() ?? '';
  const headers = JSON.stringify(request.headers());
  return { from: extension ? 'extension' : 'page', url: request.url(), where: [decode(request.url()), decode(body), headers].join('\n') };
}

function safe(f: () => string): string {
  try {
    return f();
  } catch {
    return '';
  }
}

function decode(s: string): string {
  try {
    return `${s}\n${decodeURIComponent(s.replace(/\+/g, ' '))}`;
  } catch {
    return s;
  }
}

/** Every 16-character piece of a text: a leak of any part of a post would contain one. */
function pieces(text: string): string[] {
  const words = text.replace(/\s+/g, ' ');
  const out: string[] = [];
  for (let i = 0; i + 16 <= words.length; i += 8) out.push(words.slice(i, i + 16));
  return out;
}

test('no request carries typed text, and the extension makes none', async ({ page, context, serviceWorker, server }) => {
  test.setTimeout(120_000);
  const seen: Seen[] = [];
  // Network requests only: an extension page loading its own chrome-extension:// files is not one.
  context.on('request', (request) => {
    if (/^(https?|wss?):/.test(request.url())) seen.push(describe(request));
  });
  const history = await recordHistory(serviceWorker);
  server.clearRequests();

  const typed: string[] = [];
  const posts = [BROADCAST, SELF_PROMOTION, PRESS_RELEASE];
  for (const [i, fixture] of FIXTURES.entries()) {
    const post = posts[i % posts.length]!;
    await page.goto(siteUrlOf(fixture));
    await waitForComposer(page);
    await replaceText(page, fixture, post.text, 'type');
    typed.push(post.text);
    await settledState(page, post.text);
    await page.locator('[data-fixture="post"]').click();
    await expect.poll(async () => (await modelText(page)).trim(), FAST).toBe('');
  }
  // The coach did its work meanwhile (history went to the background by message, not network).
  await expect.poll(async () => (await history()).some((e) => e.outcome === 'posted-open'), FAST).toBe(true);

  // The recorders do catch text when a page sends it: a control request with a known marker.
  const marker = 'privacy control marker 7f3a9c';
  await page.evaluate((m) => fetch(`/api/echo?q=${encodeURIComponent(m)}`, { method: 'POST', body: m }).catch(() => undefined), marker);
  await expect.poll(() => seen.some((r) => r.where.includes(marker)), FAST).toBe(true);
  await expect.poll(() => server.requests().some((r) => decode(r.url).includes(marker) && r.body.includes(marker)), FAST).toBe(true);

  const needles = typed.flatMap(pieces);
  expect(needles.length).toBeGreaterThan(50);
  const leaks = seen.filter((r) => needles.some((n) => r.where.includes(n))).map((r) => r.url);
  expect(leaks, 'requests seen by the browser carrying typed text').toEqual([]);
  const serverLeaks = server.requests().filter((r) => needles.some((n) => decode(r.url).includes(n) || r.body.includes(n)));
  expect(serverLeaks.map((r) => r.url), 'requests received by the fixture server carrying typed text').toEqual([]);
  expect(seen.filter((r) => r.from === 'extension'), 'requests made by the extension').toEqual([]);
  // The pages did load through the recorder, so it was listening all along…
  expect(seen.filter((r) => r.from === 'page').length).toBeGreaterThan(FIXTURES.length);
  // … and it does see the service worker's requests (a control fetch made after the checks).
  await serviceWorker.evaluate(() => fetch('https://x.com/service-worker-control').catch(() => undefined));
  await expect.poll(() => seen.some((r) => r.from === 'extension' && r.url.endsWith('/service-worker-control')), FAST).toBe(true);
});
