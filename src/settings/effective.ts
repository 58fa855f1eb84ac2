// The one place that decides the value in force of every lockable setting. Order of power:
// enterprise policy > pack > the user's own choice. Every reader (the history writer, the
// content script, options, popup) goes through `effectiveSettings`, so a lock holds everywhere.
//
// A pack may also ask to keep more text (privacy) or to delete history sooner (retention). Such a
// change waits until the user has seen and accepted it, unless the pack is put in force by
// enterprise policy, which may force it (and the options page says so).
import type { Intensity, Role } from '../engine/types';
import type { Pack } from '../engine/pack/types';
import type { Privacy } from '../history/events';
import type { Settings } from './settings';

export type SettingSource = 'policy' | 'pack' | 'user';

export interface PolicyFixed {
  intensity?: Intensity;
  privacy?: Privacy;
  role?: Role;
}

/** The pack's history terms the user accepted, per pack id. */
export interface AcceptedTerms {
  packId: string;
  privacy?: Privacy;
  retentionDays?: number;
  maxEvents?: number;
}

export type HistoryKey = 'privacy' | 'retentionDays' | 'maxEvents';

export interface PendingChange {
  key: HistoryKey;
  /** What the user has now (and keeps until they accept). */
  current: Privacy | number;
  /** What the pack asks for. */
  requested: Privacy | number;
}

export interface EffectiveSettings {
  intensity: Intensity;
  role: Role;
  privacy: Privacy;
  retentionDays: number;
  maxEvents: number;
  source: Record<'intensity' | 'role' | HistoryKey, SettingSource>;
  /** Pack changes that would keep more text or delete history, waiting for the user. */
  pending: PendingChange[];
  /** Pack changes of that kind the policy forced without asking. */
  forced: PendingChange[];
}

export interface EffectiveInput {
  settings: Pick<Settings, 'intensity' | 'role' | 'privacy' | 'retentionDays' | 'maxEvents'>;
  pack?: Pick<Pack, 'id' | 'intensity' | 'history'>;
  /** True when enterprise policy put the pack in force: its terms apply without asking. */
  packForced?: boolean;
  policy?: PolicyFixed;
  accepted?: AcceptedTerms;
}

const PRIVACY_RANK: Record<Privacy, number> = { none: 0, excerpt: 1, text: 2 };
export const DEFAULT_RETENTION_DAYS = 180;
export const DEFAULT_MAX_EVENTS = 50_000;

function positive(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

function isPrivacy(v: unknown): v is Privacy {
  return v === 'none' || v === 'excerpt' || v === 'text';
}

export function effectiveSettings({ settings, pack, packForced = false, policy = {}, accepted }: EffectiveInput): EffectiveSettings {
  const terms = pack?.history ?? {};
  const acceptedHere = accepted && pack && accepted.packId === pack.id ? accepted : undefined;
  const pending: PendingChange[] = [];
  const forced: PendingChange[] = [];
  const source: EffectiveSettings['source'] = { intensity: 'user', role: 'user', privacy: 'user', retentionDays: 'user', maxEvents: 'user' };

  // A pack value that is riskier than the user's own waits for consent, unless policy forces it.
  const gate = <T extends Privacy | number>(key: HistoryKey, user: T, requested: T | undefined, riskier: boolean): T => {
    if (requested === undefined) return user;
    if (riskier && !packForced && acceptedHere?.[key] !== requested) {
      pending.push({ key, current: user, requested });
      return user;
    }
    if (riskier && packForced) forced.push({ key, current: user, requested });
    source[key] = 'pack';
    return requested;
  };

  const userPrivacy = isPrivacy(settings.privacy) ? settings.privacy : 'excerpt';
  const packPrivacy = isPrivacy(terms.privacy) ? terms.privacy : undefined;
  let privacy = gate('privacy', userPrivacy, packPrivacy, packPrivacy !== undefined && PRIVACY_RANK[packPrivacy] > PRIVACY_RANK[userPrivacy]);
  if (isPrivacy(policy.privacy)) {
    privacy = policy.privacy;
    source.privacy = 'policy';
    // The policy decides; a pack's wish for more text is moot.
    removeKey(pending, 'privacy');
    removeKey(forced, 'privacy');
  }

  const userDays = positive(settings.retentionDays) ?? DEFAULT_RETENTION_DAYS;
  const packDays = positive(terms.retentionDays);
  const retentionDays = gate('retentionDays', userDays, packDays, packDays !== undefined && packDays < userDays);
  const userMax = positive(settings.maxEvents) ?? DEFAULT_MAX_EVENTS;
  const packMax = positive(terms.maxEvents);
  const maxEvents = gate('maxEvents', userMax, packMax, packMax !== undefined && packMax < userMax);

  let intensity = settings.intensity;
  if (pack?.intensity) {
    intensity = pack.intensity;
    source.intensity = 'pack';
  }
  if (policy.intensity) {
    intensity = policy.intensity;
    source.intensity = 'policy';
  }
  let role = settings.role;
  if (policy.role) {
    role = policy.role;
    source.role = 'policy';
  }
  return { intensity, role, privacy, retentionDays, maxEvents, source, pending, forced };
}

function removeKey(list: PendingChange[], key: HistoryKey): void {
  const i = list.findIndex((p) => p.key === key);
  if (i >= 0) list.splice(i, 1);
}

/** The terms to store when the user accepts what the pack asks for. */
export function acceptTerms(pack: Pick<Pack, 'id' | 'history'>): AcceptedTerms {
  const h = pack.history ?? {};
  return {
    packId: pack.id,
    ...(isPrivacy(h.privacy) ? { privacy: h.privacy } : {}),
    ...(positive(h.retentionDays) ? { retentionDays: positive(h.retentionDays) } : {}),
    ...(positive(h.maxEvents) ? { maxEvents: positive(h.maxEvents) } : {}),
  };
}
