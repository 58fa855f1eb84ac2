// The Firefox manifest as built: the add-on id AMO signs and policies.json names, no key Firefox
// does not know (it warned "An unexpected property" for Chrome's storage.managed_schema), and the
// data-collection statement new add-ons must make. The Chrome build keeps its policy schema.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GECKO_ID } from '../../src/gecko-id.ts';
import { ADDON_DIR } from './firefox.ts';

const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const CHROME_DIR = path.resolve(process.env.POSTING_COACH_OUT ?? '.output', 'chrome-mv3');

describe('the built manifests', () => {
  it('Firefox: a real gecko id, no Chrome-only storage key, no data collected', () => {
    const manifest = read(ADDON_DIR);
    assert.equal(manifest.browser_specific_settings.gecko.id, GECKO_ID);
    assert.match(GECKO_ID, /^[\w.-]+@[\w-]+(\.[\w-]+)+$/, 'an email-like id on a domain, as AMO asks');
    assert.equal(manifest.storage, undefined, 'no storage.managed_schema: Firefox warns about it and reads policies.json instead');
    assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
    assert.ok(!existsSync(path.join(ADDON_DIR, 'managed-schema.json')), 'Chrome’s policy schema is not shipped to Firefox');
  });

  it('Chrome: the managed-storage schema is declared and shipped', { skip: !existsSync(path.join(CHROME_DIR, 'manifest.json')) && 'the Chrome build is not there (npm run build)' }, () => {
    const manifest = read(CHROME_DIR);
    assert.equal(manifest.storage?.managed_schema, 'managed-schema.json');
    assert.ok(existsSync(path.join(CHROME_DIR, 'managed-schema.json')));
  });
});
