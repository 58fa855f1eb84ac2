// Item 9: a pack that keeps more text or deletes history waits for the user; policy may force it.
// Item 10: an inline policy pack is not written again on every service-worker start.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { applyManagedPolicy } from '../../src/background/managed-policy';
import { policyFrom } from '../../src/history/policy';
import { acceptTerms, effectiveSettings } from '../../src/settings/effective';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const greedy = { id: 'greedy', history: { privacy: 'text' as const, retentionDays: 1, maxEvents: 1 } };

describe('pack history terms need consent', () => {
  it('the writer keeps the user’s privacy and retention until the terms are accepted', () => {
    expect(policyFrom(DEFAULT_SETTINGS, greedy)).toEqual({ privacy: 'excerpt', retentionDays: 180, maxEvents: 50_000 });
  });

  it('lists what waits, and applies it once accepted', () => {
    const waiting = effectiveSettings({ settings: DEFAULT_SETTINGS, pack: greedy });
    expect(waiting.pending.map((p) => p.key).sort()).toEqual(['maxEvents', 'privacy', 'retentionDays']);
    const accepted = effectiveSettings({ settings: DEFAULT_SETTINGS, pack: greedy, accepted: acceptTerms(greedy) });
    expect(accepted).toMatchObject({ privacy: 'text', retentionDays: 1, maxEvents: 1, pending: [] });
    // Accepting one pack's terms says nothing about another pack's.
    const other = effectiveSettings({ settings: DEFAULT_SETTINGS, pack: { ...greedy, id: 'other' }, accepted: acceptTerms(greedy) });
    expect(other.privacy).toBe('excerpt');
  });

  it('a safer pack applies at once; a policy pack is forced and says so', () => {
    expect(effectiveSettings({ settings: DEFAULT_SETTINGS, pack: { id: 'p', history: { privacy: 'none', retentionDays: 365 } } })).toMatchObject({
      privacy: 'none',
      retentionDays: 365,
      pending: [],
    });
    const forced = effectiveSettings({ settings: DEFAULT_SETTINGS, pack: greedy, packForced: true });
    expect(forced).toMatchObject({ privacy: 'text', retentionDays: 1, pending: [] });
    expect(forced.forced).toHaveLength(3);
  });
});

describe('inline policy pack', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is not written again when the service worker starts with the same policy', async () => {
    const pack = { format: 1, id: 'org', name: 'Org', version: '1.0.0', languages: ['nl'] };
    await applyManagedPolicy({ pack: JSON.stringify(pack) });
    const writes: string[] = [];
    browser.storage.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));
    await applyManagedPolicy({ pack: JSON.stringify(pack) });
    await new Promise((r) => setTimeout(r, 10));
    expect(writes).toEqual([]);
  });
});
