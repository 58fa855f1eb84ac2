// Which Firefox the tests drive: Debian's firefox-esr, or FIREFOX_PATH. For the enterprise policy
// test, a private installation: the real program's files linked into a temporary folder that has
// a distribution/policies.json of the test's own. The policy reaches only the browser that test
// starts, needs no root, and goes with the folder: no other test or user ever sees it.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Where a system-wide policy would win over any installation's own (Linux builds read it first). */
const SYSTEM_POLICIES = '/etc/firefox/policies/policies.json';

export interface PolicyInstallation {
  /** The program to start: it reads `distribution/policies.json` from its own folder. */
  executablePath: string;
  policiesFile: string;
  remove(): void;
}

/** A Firefox installation whose policies.json holds `policies` (the object under "policies"). */
export function firefoxWithPolicies(policies: object): PolicyInstallation {
  if (existsSync(SYSTEM_POLICIES)) throw new Error(`${SYSTEM_POLICIES} exists and would override the test's policies.json; the policy test cannot run here.`);
  // Firefox finds its program folder from the running binary, whose symlinks the kernel resolves:
  // so the binary is copied (0.6 MB) and every other part linked (libxul.so alone is 180 MB).
  const program = realpathSync(FIREFOX_PATH);
  const source = path.dirname(program);
  const dir = mkdtempSync(path.join(tmpdir(), 'posting-coach-firefox-'));
  try {
    for (const name of readdirSync(source)) {
      if (name === 'distribution') continue;
      if (name === path.basename(program)) copyFileSync(program, path.join(dir, name));
      else symlinkSync(path.join(source, name), path.join(dir, name));
    }
    const executablePath = path.join(dir, path.basename(program));
    chmodSync(executablePath, 0o755);
    mkdirSync(path.join(dir, 'distribution'));
    const policiesFile = path.join(dir, 'distribution', 'policies.json');
    writeFileSync(policiesFile, JSON.stringify({ policies }, null, 2));
    return { executablePath, policiesFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
