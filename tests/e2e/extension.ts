// The Playwright fixture every browser test uses: Debian's Chromium (or CHROMIUM_PATH) with the
// built extension from .output/chrome-mv3 loaded in a fresh profile, and the extension's id.
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumFlags } from './chromium-flags.ts';

export const EXTENSION_DIR = path.resolve(process.env.POSTING_COACH_OUT ?? '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless in tests; the sandbox is dropped only when running as root (CI, this machine).
export const CHROMIUM_ARGS = chromiumFlags(EXTENSION_DIR, { headless: true, root: process.getuid?.() === 0 });

export async function launchWithExtension(): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'posting-coach-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { context, dir };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; serviceWorker: Worker }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, dir } = await launchWithExtension();
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
