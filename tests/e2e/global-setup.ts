// Browser tests run against the built extension; build it unless the caller already did. The
// tests need the build with test hooks (POSTING_COACH_TEST_HOOKS=1, src/test-hooks.ts): a
// reused build without them is built again.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const TEST_HOOK_ENV = { POSTING_COACH_TEST_HOOKS: '1' };

function hasTestHooks(out: string): boolean {
  const worker = `${out}/chrome-mv3/background.js`;
  return existsSync(worker) && readFileSync(worker, 'utf8').includes('postingCoachPolicy');
}

export default function globalSetup(): void {
  const out = process.env.POSTING_COACH_OUT ?? '.output';
  if (process.env.SKIP_BUILD && existsSync(`${out}/chrome-mv3/manifest.json`) && hasTestHooks(out)) return;
  execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, ...TEST_HOOK_ENV } });
}
