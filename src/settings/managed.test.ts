import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { isEmptyPolicy, managedPackSource, mergeManagedSettings, parseManagedPolicy } from './managed';

describe('parseManagedPolicy', () => {
  it('keeps valid values', () => {
    const { policy, problems } = parseManagedPolicy({
      pack: '{"format":1}',
      packUrl: ' https://example.org/p.json ',
      refreshMinutes: 30,
      intensity: 'gentle',
      privacy: 'none',
      role: 'spokesperson',
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      pack: '{"format":1}',
      packUrl: 'https://example.org/p.json',
      refreshMinutes: 30,
      intensity: 'gentle',
      privacy: 'none',
      role: 'spokesperson',
    });
  });

  it('drops wrong values and says why', () => {
    const { policy, problems } = parseManagedPolicy({ intensity: 'loud', privacy: 3, role: 'boss', refreshMinutes: -1, packUrl: 7 });
    expect(policy).toEqual({});
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^packUrl/);
  });

  it('treats nothing, empty strings and non-objects as no policy', () => {
    for (const raw of [undefined, null, 'x', {}, { pack: '', packUrl: '' }]) {
      const { policy, problems } = parseManagedPolicy(raw);
      expect(isEmptyPolicy(policy)).toBe(true);
      expect(problems).toEqual([]);
    }
  });

  it('raises a too-short refresh interval to the minimum', () => {
    expect(parseManagedPolicy({ refreshMinutes: 1 }).policy.refreshMinutes).toBe(5);
  });

  it('accepts a pack given as an object (Firefox policies.json)', () => {
    expect(parseManagedPolicy({ pack: { format: 1 } }).policy.pack).toEqual({ format: 1 });
  });
});

describe('mergeManagedSettings', () => {
  it('puts fixed values over the user settings and keeps the rest', () => {
    const user = { ...DEFAULT_SETTINGS, intensity: 'thorough' as const, uiLang: 'nl' as const, role: 'spokesperson' as const };
    const merged = mergeManagedSettings(user, { intensity: 'gentle', privacy: 'none' });
    expect(merged).toEqual({ ...user, intensity: 'gentle', privacy: 'none' });
  });

  it('changes nothing for an empty policy', () => {
    expect(mergeManagedSettings(DEFAULT_SETTINGS, {})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('managedPackSource', () => {
  it('prefers the inline pack over the URL', () => {
    expect(managedPackSource({ pack: '{}', packUrl: 'https://e.org/p.json' })).toEqual({ kind: 'inline', json: '{}' });
    expect(managedPackSource({ packUrl: 'https://e.org/p.json' })).toEqual({ kind: 'url', url: 'https://e.org/p.json' });
    expect(managedPackSource({ intensity: 'gentle' })).toBeNull();
  });
});
