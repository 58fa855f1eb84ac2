// Item 1: the enterprise policy's lock holds. Policy > pack > user, from one function, for the
// history writer (policyFrom) and for every surface (effectiveSettings).
import { describe, expect, it } from 'vitest';
import { policyFrom } from '../../src/history/policy';
import { effectiveSettings } from '../../src/settings/effective';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const textPack = { id: 'org', intensity: 'thorough' as const, history: { privacy: 'text' as const } };

describe('policy > pack > user', () => {
  it('the writer keeps no text when policy fixes privacy "none", whatever the pack says', () => {
    const policy = policyFrom({ ...DEFAULT_SETTINGS, privacy: 'none' }, textPack, { policy: { privacy: 'none' }, packForced: true });
    expect(policy.privacy).toBe('none');
  });

  it('policy intensity wins over the pack, the pack over the user', () => {
    expect(effectiveSettings({ settings: DEFAULT_SETTINGS, pack: textPack, policy: { intensity: 'gentle' } }).intensity).toBe('gentle');
    expect(effectiveSettings({ settings: DEFAULT_SETTINGS, pack: textPack }).intensity).toBe('thorough');
    expect(effectiveSettings({ settings: { ...DEFAULT_SETTINGS, intensity: 'gentle' } }).intensity).toBe('gentle');
  });

  it('says where each value comes from, so the options page shows the lock truthfully', () => {
    const e = effectiveSettings({ settings: DEFAULT_SETTINGS, pack: textPack, packForced: true, policy: { privacy: 'none', role: 'spokesperson' } });
    expect(e.source).toMatchObject({ privacy: 'policy', intensity: 'pack', role: 'policy' });
    expect(e.privacy).toBe('none');
    expect(e.role).toBe('spokesperson');
  });
});
