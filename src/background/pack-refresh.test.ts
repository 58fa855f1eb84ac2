import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getPackStatus } from '../settings/pack-status';
import { ACTIVE_PACK_KEY, getActivePack } from '../settings/store';
import { REFRESH_ALARM, refreshUrlPack, scheduleRefresh } from './pack-refresh';

const URL_ = 'https://example.org/pack.json';
const pack = (version: string) => ({ format: 1, id: 'org', name: 'Org', version, languages: ['nl'] });
const serve = (body: string, status = 200) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status })));

describe('the URL pack refresh', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await browser.storage.local.set({ [ACTIVE_PACK_KEY]: { pack: pack('1'), source: { kind: 'url', location: URL_, loadedAt: 1 } } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('schedules an alarm for a URL pack and clears it for any other', async () => {
    await scheduleRefresh();
    expect((await browser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(60);
    await browser.storage.local.set({ [ACTIVE_PACK_KEY]: { pack: pack('1'), source: { kind: 'paste', loadedAt: 1 } } });
    await scheduleRefresh();
    expect(await browser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });

  it('puts a newer version in force', async () => {
    serve(JSON.stringify(pack('2')));
    await refreshUrlPack(REFRESH_ALARM);
    expect((await getActivePack()).pack.version).toBe('2');
    expect(await getPackStatus()).toMatchObject({ url: URL_, ok: true });
  });

  it('keeps the pack in force when the refresh returns garbage, an invalid pack or an error', async () => {
    for (const [body, status, problem] of [
      ['<html>', 200, /^\(root\): /],
      [JSON.stringify({ ...pack('3'), languages: 'nl' }), 200, /^languages: /],
      ['gone', 500, /HTTP status 500/],
    ] as const) {
      serve(body, status);
      await refreshUrlPack(REFRESH_ALARM);
      expect((await getActivePack()).pack.version).toBe('1');
      const status_ = await getPackStatus();
      expect(status_?.ok).toBe(false);
      expect(status_?.problem).toMatch(problem);
    }
  });

  it('ignores other alarms', async () => {
    serve(JSON.stringify(pack('2')));
    await refreshUrlPack('history-prune');
    expect((await getActivePack()).pack.version).toBe('1');
  });
});
