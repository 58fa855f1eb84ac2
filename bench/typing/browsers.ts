// The two browsers of the bench: Chromium with the built extension, and the same Chromium, same flags,
// without it. Both serve the fixtures under the real sites' origins, where the content script runs.
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchWithExtension, serviceWorkerOf } from '../../tests/e2e/extension.ts';
import { serveFixturesAtSites } from '../../tests/e2e/fixture-sites.ts';
import type { FixtureServer } from '../../tests/e2e/fixture-server.ts';
import { TEST_HOOK_KEY } from './hook.ts';

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchPlain(server: FixtureServer): Promise<BenchBrowser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'posting-coach-bench-plain-'));
  const args = CHROMIUM_ARGS.filter((flag) => !flag.includes('extension'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless=new', ...args],
  });
  await serveFixturesAtSites(context, server);
  return { context, close: () => closeAndRemove(context, dir) };
}

export async function launchExtension(server: FixtureServer): Promise<BenchBrowser> {
  const { context, dir } = await launchWithExtension();
  const worker = await serviceWorkerOf(context);
  // Switch on the compose helper's test hook, which reports when nudges are shown.
  await worker.evaluate(async (key) => {
    type Storage = { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
    await (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set({ [key]: true });
  }, TEST_HOOK_KEY);
  await serveFixturesAtSites(context, server);
  // The extension opens its welcome page on install; close it so it does not compete for the CPU.
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  return { context, close: () => closeAndRemove(context, dir) };
}

async function closeAndRemove(context: BrowserContext, dir: string): Promise<void> {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
