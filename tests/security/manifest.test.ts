// Item 10: host permissions are HTTPS only, and no web page may message the extension.
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../src/compose/sites/matches';
import config from '../../wxt.config';

describe('the manifest', () => {
  it('asks only for https hosts, in the content script matches and the optional permissions', async () => {
    type M = { optional_host_permissions?: string[]; optional_permissions?: string[] };
    const build = async (browser: string, manifestVersion: number): Promise<M> =>
      (typeof config.manifest === 'function' ? await config.manifest({ browser, manifestVersion, mode: 'production', command: 'build' } as never) : await config.manifest) as M;
    const manifest = await build('chrome', 3);
    const firefox = await build('firefox', 2);
    for (const pattern of [...SITE_MATCHES, ...(manifest?.optional_host_permissions ?? []), ...(firefox.optional_permissions ?? [])]) {
      expect(pattern, pattern).toMatch(/^https:\/\//);
    }
    // Without externally_connectable no web page can reach runtime.sendMessage.
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});
