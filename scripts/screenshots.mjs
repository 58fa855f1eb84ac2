// `npm run screenshots`: pictures of every surface from the built extension, light and dark,
// English and Dutch, into docs/screenshots/ (all of them; git keeps the few the README shows,
// see docs/screenshots/.gitignore). Uses the browser tests' fixture server and site routing.
// Options: --only=compose,popup,options,preview,playground,welcome,review  --lang=en|nl  --scheme=light|dark
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumFlags } from '../tests/e2e/chromium-flags.ts';
import { startFixtureServer, FIXTURES } from '../tests/e2e/fixture-server.ts';
import { enableTestHook, serveFixturesAsSites, siteUrlOf } from '../tests/e2e/compose-sites.ts';
import { TEST_HOOK_ENV } from '../tests/e2e/global-setup.ts';
import { waitForComposer } from '../tests/e2e/fixture-page.ts';
import { sampleEvents } from '../src/history/sample-events.ts';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only')?.split(',');
const langs = arg('lang') ? [arg('lang')] : ['en', 'nl'];
const schemes = arg('scheme') ? [arg('scheme')] : ['light', 'dark'];
const want = (surface) => !only || only.includes(surface);

const OUT = path.resolve('docs/screenshots');
const EXT = path.resolve(process.env.POSTING_COACH_OUT ?? '.output', 'chrome-mv3');
// The coach's shadow root is closed in a production build, so nothing outside it can find the
// badge to click. The pictures use the browser tests' build, which opens it once the test hook is
// switched on; it looks the same.
const hooked = () => existsSync(path.join(EXT, 'background.js')) && readFileSync(path.join(EXT, 'background.js'), 'utf8').includes('postingCoachPolicy');
if (!process.env.SKIP_BUILD || !hooked()) execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, ...TEST_HOOK_ENV } });
mkdirSync(OUT, { recursive: true });

const POSTS = {
  en: 'Proud to announce: our new service desk opens Monday in Utrecht! We are the market leader in customer care. Read more on our website.',
  nl: 'Trots om aan te kondigen: onze nieuwe servicebalie opent maandag in Utrecht! Wij zijn marktleider in klantenservice. Lees meer op onze website.',
};

const BROKEN_PACK = {
  format: 1,
  id: 'acme',
  name: 'Acme',
  version: '1.0.0',
  languages: 'nl',
  guidelines: { principles: [{ title: 'In gesprek', text: 'Stel een echte vraag.' }] },
  rules: { broadcasting: { principle: 'gesprek' }, 'self-promotion': { principle: 'gesprek' } },
  strategy: { themes: [{ id: 'groen', title: 42 }] },
};
/** An organisation's pack per language, for the preview of what it matches on. */
const ORG_PACKS = { en: 'packs/northwind-energy.json', nl: 'packs/gemeente-dalzicht.json' };

const dir = mkdtempSync(path.join(tmpdir(), 'posting-coach-shots-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumFlags(EXT, { headless: true, root: process.getuid?.() === 0 }),
  viewport: { width: 1280, height: 800 },
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
await enableTestHook(worker);
const server = await startFixtureServer();
await serveFixturesAsSites(context, server, 'files');
const ext = (page) => `chrome-extension://${id}/${page}`;
const setStorage = (values) => worker.evaluate((v) => chrome.storage.local.set(v), values);
const settings = async (patch) => {
  const { settings: now = {} } = await worker.evaluate(() => chrome.storage.local.get('settings'));
  await setStorage({ settings: { ...now, ...patch } });
};
const written = [];
const shot = async (page, name, options = {}) => {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  written.push(file);
};

async function seedHistory(page) {
  const now = Date.now();
  const events = sampleEvents(400, { now, days: 70, seed: 11, idPrefix: 'shot' });
  await page.evaluate((evs) => chrome.runtime.sendMessage({ type: 'history/clear' }).catch(() => undefined).then(() => chrome.runtime.sendMessage({ type: 'history/record', events: evs })), events);
}

for (const scheme of schemes) {
  for (const lang of langs) {
    await settings({ uiLang: lang });
    const tag = `${lang}-${scheme}`;
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    if (want('compose')) {
      for (const fixture of FIXTURES) {
        await page.goto(siteUrlOf(fixture));
        await waitForComposer(page);
        await page.locator(fixture.editable).click();
        await page.keyboard.insertText(POSTS[lang]);
        const badge = page.locator('posting-coach-ui .pc-badge');
        await badge.waitFor({ timeout: 10_000 });
        await page.waitForTimeout(700);
        await badge.click();
        await page.locator('posting-coach-ui .pc-panel').waitFor();
        await page.waitForTimeout(300);
        await shot(page, `compose-${fixture.id}-${tag}`);
      }
    }
    if (want('popup')) {
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(ext('popup.html'));
      await page.locator('main.popup').waitFor();
      await page.waitForTimeout(400);
      await shot(page, `popup-${tag}`);
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    if (want('options')) {
      await page.goto(ext('options.html'));
      await page.getByTestId('options-pack-in-force').waitFor();
      await page.getByRole('tab', { name: /Paste JSON|JSON plakken/ }).click();
      // A principle without its id: the rules that quote it are listed under it, not beside it.
      await page.locator('#pack-paste').fill(JSON.stringify(BROKEN_PACK, null, 2));
      await page.getByRole('button', { name: /Load pasted pack|Geplakt pakket laden/ }).click();
      await page.getByTestId('load-outcome').waitFor();
      await page.getByTestId('load-outcome').scrollIntoViewIfNeeded();
      await shot(page, `options-broken-pack-${tag}`);
    }
    if (want('preview')) {
      await page.goto(ext('options.html'));
      await page.getByTestId('options-pack-in-force').waitFor();
      await page.getByRole('tab', { name: /Paste JSON|JSON plakken/ }).click();
      await page.locator('#pack-paste').fill(readFileSync(ORG_PACKS[lang], 'utf8'));
      await page.getByRole('button', { name: /Load pasted pack|Geplakt pakket laden/ }).click();
      await page.locator('[data-testid=load-outcome].ok').waitFor();
      const matches = page.getByTestId('pack-preview').getByTestId('pack-matches');
      await matches.locator('[data-match^="theme:"] summary').first().click();
      await matches.locator('[data-match^="reserved:"] summary, [data-match^="avoid:"] summary').first().click();
      await page.evaluate(() => document.querySelector('[data-testid=pack-preview] [data-testid=pack-matches]').scrollIntoView({ block: 'start' }));
      await shot(page, `options-preview-${tag}`);
      // The next pictures show the built-in pack again.
      await worker.evaluate(() => chrome.storage.local.remove('activePack'));
    }
    if (want('playground')) {
      await page.goto(ext('options.html'));
      await page.getByTestId('options-pack-in-force').waitFor();
      await page.locator('#play-text').fill(POSTS[lang]);
      await page.getByTestId('play-findings').locator('.finding').first().waitFor();
      await page.locator('#h-play').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('h-play').scrollIntoView({ block: 'start' }));
      await shot(page, `playground-${tag}`);
    }
    if (want('welcome')) {
      await page.goto(ext('welcome.html'));
      await page.locator('main').waitFor();
      await page.waitForTimeout(300);
      await shot(page, `welcome-${tag}`, { fullPage: true });
    }
    if (want('review')) {
      await page.goto(ext('review.html'));
      await seedHistory(page);
      await page.reload();
      await page.locator('main[data-state=ready]').waitFor();
      await page.locator('.trend svg').first().waitFor();
      await shot(page, `review-${tag}`);
    }
    await page.close();
  }
}

await server.close();
await context.close();
rmSync(dir, { recursive: true, force: true });
console.log(`${written.length} screenshots in ${path.relative(process.cwd(), OUT)}`);
