import { defineConfig } from '@playwright/test';

// Each e2e test runs twice with no retries (E2E_REPEAT to change), so that flakiness shows instead
// of hiding, and the whole npm test stays within 30 minutes on a 2-core machine.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  repeatEach: Number(process.env.E2E_REPEAT ?? 2),
  timeout: 60_000,
  expect: { timeout: 8_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  use: { trace: 'off' },
});
