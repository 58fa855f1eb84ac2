// Enterprise policy (browser.storage.managed). Chrome checks values against
// public/managed-schema.json; Firefox passes its `3rdparty` policy through unchecked, so every
// value is checked here as well. Pure: the background hands in what it read.
import type { Intensity, Role } from '../engine/types';
import type { Privacy } from '../history/events';
import type { Settings } from './settings';

export interface ManagedPolicy {
  /** A whole pack as inline JSON text (or, from Firefox policies.json, as an object). */
  pack?: string | object;
  packUrl?: string;
  refreshMinutes?: number;
  intensity?: Intensity;
  privacy?: Privacy;
  role?: Role;
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** Values that were ignored, as "key: why" lines for the options page. */
  problems: string[];
}

const INTENSITIES: readonly Intensity[] = ['gentle', 'normal', 'thorough'];
const PRIVACIES: readonly Privacy[] = ['none', 'excerpt', 'text'];
const ROLES: readonly Role[] = ['employee', 'spokesperson'];
export const MIN_REFRESH_MINUTES = 5;
export const DEFAULT_REFRESH_MINUTES = 60;

export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  if (!raw || typeof raw !== 'object') return { policy, problems };
  const values = raw as Record<string, unknown>;
  const pickOne = <T extends string>(key: 'intensity' | 'privacy' | 'role', allowed: readonly T[]): T | undefined => {
    const value = values[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${key}: expected one of ${allowed.join(', ')}`);
    return undefined;
  };

  if (typeof values.pack === 'string' && values.pack.trim()) policy.pack = values.pack;
  else if (values.pack && typeof values.pack === 'object') policy.pack = values.pack;
  else if (values.pack !== undefined && values.pack !== '') problems.push('pack: expected the pack as JSON text');

  if (typeof values.packUrl === 'string' && values.packUrl.trim()) policy.packUrl = values.packUrl.trim();
  else if (values.packUrl !== undefined && values.packUrl !== '') problems.push('packUrl: expected a URL');

  if (values.refreshMinutes !== undefined) {
    const minutes = Number(values.refreshMinutes);
    if (Number.isFinite(minutes) && minutes > 0) policy.refreshMinutes = Math.max(MIN_REFRESH_MINUTES, Math.round(minutes));
    else problems.push('refreshMinutes: expected a positive number');
  }
  const intensity = pickOne('intensity', INTENSITIES);
  if (intensity) policy.intensity = intensity;
  const privacy = pickOne('privacy', PRIVACIES);
  if (privacy) policy.privacy = privacy;
  const role = pickOne('role', ROLES);
  if (role) policy.role = role;
  return { policy, problems };
}

/** The user's settings with what the policy fixes put over them. */
export function mergeManagedSettings(settings: Settings, policy: ManagedPolicy): Settings {
  return {
    ...settings,
    ...(policy.intensity ? { intensity: policy.intensity } : {}),
    ...(policy.privacy ? { privacy: policy.privacy } : {}),
    ...(policy.role ? { role: policy.role } : {}),
  };
}

/** Where the policy's pack comes from: inline JSON wins over a URL. */
export function managedPackSource(policy: ManagedPolicy): { kind: 'inline'; json: string | object } | { kind: 'url'; url: string } | null {
  if (policy.pack !== undefined) return { kind: 'inline', json: policy.pack };
  if (policy.packUrl) return { kind: 'url', url: policy.packUrl };
  return null;
}

export function isEmptyPolicy(policy: ManagedPolicy): boolean {
  return Object.keys(policy).length === 0;
}
