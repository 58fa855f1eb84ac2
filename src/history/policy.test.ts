import { describe, expect, it } from 'vitest';
import { applyPrivacy, cutText, policyFrom, EXCERPT_MAX } from './policy';
import { pruneList } from './retention';
import { makeEvent } from './test-event';
import { DEFAULT_SETTINGS } from '../settings/settings';

describe('the history policy', () => {
  it('takes the pack over the settings', () => {
    expect(policyFrom(DEFAULT_SETTINGS)).toEqual({ privacy: 'excerpt', retentionDays: 180, maxEvents: 50_000 });
    // Shorter retention deletes history, so it applies once accepted or forced by policy (tests/security/pack-consent.test.ts).
    expect(policyFrom({ ...DEFAULT_SETTINGS, privacy: 'text' }, { history: { privacy: 'none', retentionDays: 30 } }, { packForced: true })).toEqual({
      privacy: 'none',
      retentionDays: 30,
      maxEvents: 50_000,
    });
  });

  it('ignores nonsense retention values', () => {
    expect(policyFrom({ ...DEFAULT_SETTINGS, retentionDays: -3, maxEvents: Number.NaN })).toMatchObject({ retentionDays: 180, maxEvents: 50_000 });
  });
});

describe('privacy levels', () => {
  const e = makeEvent({ text: 'Full text of the post 🎉', excerpt: 'Full text' });
  it('none keeps no text at all', () => {
    const out = applyPrivacy(e, 'none');
    expect(out).not.toHaveProperty('text');
    expect(out).not.toHaveProperty('excerpt');
  });
  it('excerpt keeps a short excerpt only, made from the text when the producer sent none', () => {
    expect(applyPrivacy(e, 'excerpt')).toEqual(makeEvent({ excerpt: 'Full text' }));
    const long = 'ab🎉'.repeat(200);
    const out = applyPrivacy(makeEvent({ text: long }), 'excerpt');
    expect(out.text).toBeUndefined();
    expect(Array.from(out.excerpt!)).toHaveLength(EXCERPT_MAX);
    expect(out.excerpt!.endsWith('…')).toBe(true);
  });
  it('text keeps both', () => {
    expect(applyPrivacy(e, 'text')).toEqual(e);
  });
  it('never splits an emoji when cutting', () => {
    expect(cutText('🎉🎉🎉', 2)).toBe('🎉…');
  });
});

describe('retention', () => {
  const now = Date.UTC(2026, 10, 24);
  const day = 86_400_000;
  const events = [40, 20, 10, 5, 1].map((d, i) => makeEvent({ id: String(i), time: now - d * day }));
  it('drops events older than the window', () => {
    expect(pruneList(events, { retentionDays: 15, maxEvents: 100 }, now).map((e) => e.id)).toEqual(['2', '3', '4']);
  });
  it('then drops the oldest beyond the maximum count', () => {
    expect(pruneList(events, { retentionDays: 365, maxEvents: 2 }, now).map((e) => e.id)).toEqual(['3', '4']);
  });
});
