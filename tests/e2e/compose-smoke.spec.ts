import { test, expect } from './extension';
import { startFixtureServer, FIXTURES } from './fixture-server.ts';
import { coachState, enableTestHook, serveFixturesAsSites, siteUrlOf } from './compose-sites';

test('smoke', async ({ context, serviceWorker }) => {
  const server = await startFixtureServer();
  serviceWorker.on('console', (m) => console.log('sw:', m.text()));
  await serveFixturesAsSites(context, server);
  await enableTestHook(serviceWorker);
  const page = await context.newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  const fx = FIXTURES.find((f) => f.id === (process.env.FX ?? 'facebook'))!;
  await page.goto(siteUrlOf(fx));
  await page.locator(fx.editable).click();
  await page.keyboard.type('Save the date! Schrijf je nu in voor ons congres op 12 maart. We are proud to announce we are the market leader.');
  await page.waitForTimeout(1500);
  console.log(JSON.stringify(await coachState(page), null, 1));
  await page.screenshot({ path: '/tmp/compose-smoke.png' });
  await server.close();
});
