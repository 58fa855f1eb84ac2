// The Firefox specs in one process, so that they can share one Firefox (shared-firefox.ts):
// `node --import tsx --test-reporter=spec tests/firefox/suite.ts <spec files>` (run.ts does it).
// Each spec file is a describe() of its own inside this one; the shared browser closes after all.
import { after, describe } from 'node:test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeSharedFirefox } from './shared-firefox.ts';

const specs = process.argv.slice(2);
if (specs.length === 0) throw new Error('suite.ts: name the spec files to run');

describe('Firefox', async () => {
  after(closeSharedFirefox);
  for (const spec of specs) await import(pathToFileURL(path.resolve(spec)).href);
});
