// The fixture pages themselves, without the extension: typing reaches the editor's own model intact,
// undo works, Post clears the box, a replaced box and SPA navigation give a working new box.
import { test as base, expect, chromium, type Browser, type Page } from '@playwright/test';
import { startFixtureServer, FIXTURES, type FixtureServer } from './fixture-server.ts';
import { openFixture, modelText, callFixture, waitForComposer } from './fixture-page.ts';
import { CHROMIUM_PATH } from './extension.ts';
import { serveFixturesAtSites, siteUrlOf, DEMO_ORIGIN } from './fixture-sites.ts';

const test = base.extend<{ page: Page }, { server: FixtureServer; plainBrowser: Browser }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  plainBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ plainBrowser }, use) => {
    const context = await plainBrowser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    await context.close();
    expect(errors, 'the fixture page threw').toEqual([]);
  },
});

const TYPED = 'Hello from the fixture test.\nA second line, with "quotes" & ümlauts.';

for (const fixture of FIXTURES) {
  test.describe(fixture.id, () => {
    test('typed text lands in the editor model; undo and Post work', async ({ page, server }) => {
      await openFixture(page, server.url, fixture);
      const box = page.locator(fixture.editable);
      await box.click();
      await page.keyboard.type(TYPED);
      await expect.poll(() => modelText(page)).toBe(TYPED);

      await callFixture(page, 'undo');
      const afterUndo = await modelText(page);
      expect(afterUndo).not.toBe(TYPED);
      expect(TYPED.startsWith(afterUndo)).toBe(true);

      await box.click();
      await page.keyboard.type(TYPED.slice(afterUndo.length));
      await expect.poll(() => modelText(page)).toBe(TYPED);
      await page.locator('[data-fixture="post"]').click();
      await expect.poll(() => modelText(page)).toBe('');
      expect(await page.evaluate(() => (window as unknown as { __fixture: { posts: string[] } }).__fixture.posts)).toEqual([TYPED]);
      await expect(box).toHaveText('');
    });

    test('a replaced box and SPA navigation give a fresh working editor', async ({ page, server }) => {
      await openFixture(page, server.url, fixture);
      await page.locator(fixture.editable).click();
      await page.keyboard.type('before');
      const old = await page.locator(fixture.editable).elementHandle();

      await page.locator('[data-fixture="replace"]').click();
      await waitForComposer(page);
      expect(await old!.evaluate((el) => el.isConnected)).toBe(false);
      await expect.poll(() => modelText(page)).toBe('');
      await page.locator(fixture.editable).click();
      await page.keyboard.type('after replace');
      await expect.poll(() => modelText(page)).toBe('after replace');

      await page.locator('[data-fixture="nav-feed"]').click();
      await expect(page).toHaveURL(/view=feed/);
      await expect(page.locator('.feed li').first()).toContainText('marieke');
      await expect(page.locator(fixture.editable)).toHaveCount(0);
      await page.goBack();
      await waitForComposer(page);
      await page.locator(fixture.editable).click();
      await page.keyboard.type('after navigation');
      await expect.poll(() => modelText(page)).toBe('after navigation');
      expect(server.requests().some((request) => request.url === '/api/feed.json')).toBe(true);
    });
  });
}

test('?boxes=2 mounts two independent composers, each with its own model and Post', async ({ page, server }) => {
  for (const fixture of FIXTURES.filter((f) => ['bluesky', 'x', 'mastodon'].includes(f.id))) {
    await openFixture(page, server.url, { ...fixture, path: `${fixture.path}?boxes=2` });
    const boxes = page.locator(fixture.editable);
    await expect(boxes).toHaveCount(2);
    await boxes.nth(1).click();
    await page.keyboard.type('second box');
    await expect.poll(() => modelText(page, 1)).toBe('second box');
    expect(await modelText(page, 0)).toBe('');
    await page.locator('[data-fixture="post"]').nth(1).click();
    await expect.poll(() => modelText(page, 1)).toBe('');
  }
});

test('the demo page links every fixture and offers sample posts in both languages', async ({ page, server }) => {
  await page.goto(server.url);
  for (const fixture of FIXTURES) await expect(page.locator(`a[href="./${fixture.path}"]`)).toHaveCount(1);
  await expect(page.locator('section[lang="nl"]')).toContainText('Probeer de coach');
  await expect(page.locator('.samples li[lang="nl"]')).toHaveCount(4);
  await expect(page.locator('.samples li[lang="en"]')).toHaveCount(4);
});

test('served under the real sites\' origins, the pages and the demo links work without any network', async ({ page, server }) => {
  await serveFixturesAtSites(page.context(), server);
  await page.goto(`${DEMO_ORIGIN}/index.html`);
  const x = FIXTURES.find((fixture) => fixture.id === 'x')!;
  await expect(page.locator('a', { hasText: 'Draft.js' })).toHaveAttribute('href', siteUrlOf(x));
  await page.locator('a', { hasText: 'Draft.js' }).click();
  await expect(page).toHaveURL('https://x.com/x.html');
  await waitForComposer(page);
  await page.locator(x.editable).click();
  await page.keyboard.type('on x.com');
  await expect.poll(() => modelText(page)).toBe('on x.com');
  expect(server.requests().some((request) => request.headers['x-fixture-original-url'] === 'https://x.com/x.html')).toBe(true);
});
