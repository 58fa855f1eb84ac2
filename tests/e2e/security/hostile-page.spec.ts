// A hostile page (tests/e2e/fixtures/hostile/hostile.html), served as x.com: it makes its own
// compose boxes, fills them by script, reads shadow roots and CSS highlights, and sends messages.
// It learns nothing and writes nothing to the history (issue 9, items 5 and 6). A real user
// typing in the same box is still coached, so the test would notice a coach that simply broke.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../extension';
import { storedEvents } from './security-helpers';

const PAGE = readFileSync(path.resolve('tests/e2e/fixtures/hostile/hostile.html'), 'utf8');
const URL_ = 'https://x.com/hostile.html';

test('a page that fills boxes by script learns nothing and writes nothing', async ({ context, serviceWorker }) => {
  await context.route(URL_, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  const page = await context.newPage();
  await page.goto(URL_);

  await page.evaluate(() => (window as any).__hostile.fill());
  const seen = await page.evaluate(() => (window as any).__hostile.probe());
  await page.waitForTimeout(1000);
  expect(seen).toMatchObject({ shadowRoot: false, highlights: [], ranges: 0, runtime: false, overlayText: '' });
  expect(await page.evaluate(() => (window as any).__hostile.answered())).toBe(false);
  expect(await storedEvents(serviceWorker)).toEqual([]);

  // The same box, typed in by a person: coached (and recorded), still unreadable by the page.
  await page.locator('#post').click();
  await page.keyboard.type('Save the date! Schrijf je nu in via onze website. Meld je vandaag nog aan!');
  await expect.poll(async () => (await storedEvents(serviceWorker)).filter((e) => e.outcome === 'shown').length, { timeout: 15_000 }).toBeGreaterThan(0);
  const after = await page.evaluate(() => (window as any).__hostile.probe());
  expect(after.shadowRoot).toBe(false);
  // Highlights exist now (the user sees them), but under names the page cannot know in advance.
  expect(after.highlights.some((name: string) => name.startsWith('posting-coach'))).toBe(false);
  expect((await storedEvents(serviceWorker)).some((e) => e.id.startsWith('forged'))).toBe(false);
});
