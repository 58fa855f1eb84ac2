// The Playwright `test` of the compose specs: the extension (tests/e2e/extension.ts), the
// fixture server for the whole worker, the fixtures served under their sites, the test hook on,
// and a page that must not throw.
import type { Page } from '@playwright/test';
import { test as base, expect } from './extension';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { enableTestHook, serveFixturesAsSites } from './compose-sites';

export const test = base.extend<{ page: Page; via: 'server' | 'files' }, { server: FixtureServer }>({
  via: ['files', { option: true }],
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ context, serviceWorker, server, via }, use) => {
    await serveFixturesAsSites(context, server, via);
    await enableTestHook(serviceWorker);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'the page threw').toEqual([]);
  },
});

export { expect };
