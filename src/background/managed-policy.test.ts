import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installPack } from '../settings/install-pack';
import { getPolicyState } from '../settings/policy-store';
import { getActivePack, getSettings, saveSettings } from '../settings/store';
import { applyManagedPolicy, readManagedStorage } from './managed-policy';

const pack = { format: 1, id: 'org', name: 'Org', version: '1.0.0', languages: ['nl'] };
const userPack = { ...pack, id: 'mine', name: 'Mine' };

describe('applyManagedPolicy', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await installPack({ pack: userPack as never, source: { kind: 'paste', loadedAt: 1 } });
  });

  it('puts an inline policy pack in force, locked, and fixes the settings it names', async () => {
    await saveSettings({ intensity: 'thorough', role: 'spokesperson' });
    const state = await applyManagedPolicy({ pack: JSON.stringify(pack), intensity: 'gentle', privacy: 'none' });
    expect(state).toEqual({ fixed: { intensity: 'gentle', privacy: 'none' }, packLocked: true, packLocation: 'policy', problems: [] });
    expect(await getPolicyState()).toEqual(state);
    const active = await getActivePack();
    expect(active.pack.id).toBe('org');
    expect(active.source).toMatchObject({ kind: 'managed', locked: true });
    expect(await getSettings()).toMatchObject({ intensity: 'gentle', privacy: 'none', role: 'spokesperson' });
    // The user can no longer replace it.
    expect(await installPack({ pack: userPack as never, source: { kind: 'paste', loadedAt: 2 } })).toBe('locked');
    expect((await getActivePack()).pack.id).toBe('org');
  });

  it('keeps the pack in force when the policy pack is broken, and says why', async () => {
    const state = await applyManagedPolicy({ pack: '{"format": 1, "id": "x", "languages": ["nl"]}' });
    expect(state.packLocked).toBe(true);
    expect(state.packError).toMatch(/^name: /);
    expect((await getActivePack()).pack.id).toBe('mine');
  });

  it('releases the lock and goes back to the default pack when the policy goes', async () => {
    await applyManagedPolicy({ pack: JSON.stringify(pack) });
    const state = await applyManagedPolicy({});
    expect(state).toEqual({ fixed: {}, packLocked: false, problems: [] });
    const active = await getActivePack();
    expect(active.source.kind).toBe('default');
    expect(await installPack({ pack: userPack as never, source: { kind: 'paste', loadedAt: 3 } })).toBe('installed');
  });

  it('ignores wrong values, lists them, and touches no pack without a pack policy', async () => {
    const state = await applyManagedPolicy({ intensity: 'loud', role: 'employee' });
    expect(state).toEqual({ fixed: { role: 'employee' }, packLocked: false, problems: ['intensity: expected one of gentle, normal, thorough'] });
    expect((await getActivePack()).pack.id).toBe('mine');
  });
});

describe('readManagedStorage', () => {
  afterEach(() => vi.restoreAllMocks());
  const managedGet = () => vi.spyOn(fakeBrowser.storage.managed, 'get');

  it('passes the policy values on', async () => {
    managedGet().mockResolvedValue({ intensity: 'gentle' } as never);
    expect(await readManagedStorage()).toEqual({ intensity: 'gentle' });
  });

  it('reads Firefox without a policies.json section as no policy, so a lock a removed policy left goes', async () => {
    managedGet().mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedStorage()).toEqual({});
    // Firefox's own rejection is a plain object with a message, not an Error.
    managedGet().mockRejectedValue({ message: 'Managed storage manifest not found' });
    expect(await readManagedStorage()).toEqual({});
  });

  it('says nothing (undefined) on any other failure, so the policy in force stays', async () => {
    managedGet().mockRejectedValue(new Error('storage.managed is not available'));
    expect(await readManagedStorage()).toBeUndefined();
  });
});
