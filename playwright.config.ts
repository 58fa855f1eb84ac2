import { defineConfig } from '@playwright/test';

// Each e2e test runs three times with no retries, so that flakiness shows instead of hiding.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  repeatEach: Number(process.env.E2E_REPEAT ?? 3),
  timeout: 60_000,
  expect: { timeout: 8_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  use: { trace: 'off' },
});
