// Renders src/public/icon/icon.svg to the PNG sizes the manifest uses (16, 32, 48, 128) with
// the same headless Chromium the tests use. Run after editing the SVG: `node scripts/icons.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve('src/public/icon');
const svg = readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  const uri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${uri}" width="${size}" height="${size}" style="display:block"></body></html>`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: path.join(dir, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${path.relative(process.cwd(), dir)}`);
