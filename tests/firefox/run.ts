// `npm run test:firefox`: builds the Firefox add-on (unless SKIP_BUILD=1 and it is built), then
// runs every tests/firefox/*.spec.ts with node's test runner, one after the other in one process
// (suite.ts), so that they share one Firefox: starting one costs more than most tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADDON_DIR } from './firefox.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

if (!(process.env.SKIP_BUILD && existsSync(path.join(ADDON_DIR, 'manifest.json')))) {
  // The test build: its hooks let a test read the coach's state (src/test-hooks.ts); release builds have none.
  execFileSync(path.join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'inherit', env: { ...process.env, POSTING_COACH_TEST_HOOKS: '1' } });
}

const only = process.argv.slice(2);
const specs = readdirSync(here)
  .filter((name) => name.endsWith('.spec.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort()
  .map((name) => path.join('tests/firefox', name));

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test-reporter=spec', 'tests/firefox/suite.ts', ...specs],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
