// Browser tests run against the built extension; build it unless the caller already did.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  const out = process.env.POSTING_COACH_OUT ?? '.output';
  if (process.env.SKIP_BUILD && existsSync(`${out}/chrome-mv3/manifest.json`)) return;
  execSync('npx wxt build', { stdio: 'inherit' });
}
