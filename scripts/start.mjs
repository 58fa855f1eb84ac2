#!/usr/bin/env node
// `npm start`: build the extension, make sure Chromium is there, build and serve the editor fixtures,
// and open Chromium (fresh profile, extension loaded) on the demo page. Ctrl+C stops it all.
//
// The fixtures are served on 127.0.0.1 and, inside this browser only, also under the real sites'
// origins (https://x.com/x.html, …) by request interception, so the coach's content script, which is
// matched to those sites, runs as it would there. Nothing is fetched from the network for them.
//
// Options: --no-build (reuse the built extension), --local (open the 127.0.0.1 demo instead),
// --headless, --check (load the demo, print its title and exit: a smoke test of this script);
// anything after `--` is passed to Chromium (e.g. --remote-debugging-port=9222).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const own = dash === -1 ? args : args.slice(0, dash);
const passThrough = dash === -1 ? [] : args.slice(dash + 1);
const outDir = path.resolve(process.env.POSTING_COACH_OUT ?? '.output');
const extensionDir = path.join(outDir, 'chrome-mv3');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, commandArgs, what) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm start: ${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

if (!own.includes('--no-build') || !existsSync(path.join(extensionDir, 'manifest.json'))) {
  run('npx', ['wxt', 'build'], 'building the extension');
}
run('bash', ['scripts/ensure-chromium.sh'], 'finding Chromium');

register();
const { startFixtureServer } = await import('../tests/e2e/fixture-server.ts');
const { serveFixturesAtSites, DEMO_ORIGIN } = await import('../tests/e2e/fixture-sites.ts');
const { chromium } = await import('playwright-core');
const { chromiumFlags } = await import('../tests/e2e/chromium-flags.ts');

console.log('Building and serving the editor fixtures…');
const server = await startFixtureServer();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = own.includes('--headless') || noDisplay;
const profile = mkdtempSync(path.join(tmpdir(), 'posting-coach-demo-'));
const flags = [...chromiumFlags(extensionDir, { headless, root: process.getuid?.() === 0 }), ...passThrough];

const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless,
  args: flags,
  viewport: null,
  ignoreDefaultArgs: ['--enable-automation'],
  // We stop the browser ourselves, so the profile and the server go with it.
  handleSIGINT: false,
  handleSIGTERM: false,
  handleSIGHUP: false,
});
await serveFixturesAtSites(context, server);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
context.on('close', () => void stop(0));

const demo = own.includes('--local') ? server.url : `${DEMO_ORIGIN}/index.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demo);
console.log(`Posting Coach demo open at ${demo} (fixtures also at ${server.url})${headless ? ', headless (no display found)' : ''}.`);
console.log(`Page title: ${await page.title()}`);
if (own.includes('--check')) await stop(page.url().startsWith(demo) ? 0 : 1);
console.log('Press Ctrl+C to stop.');
