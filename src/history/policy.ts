// What the history may keep: the privacy level and retention in force, as decided by
// src/settings/effective.ts (policy > pack > user).
import type { Pack } from '../engine/pack/types';
import type { Settings } from '../settings/settings';
import type { HistoryEvent, Privacy } from './events';
import { effectiveSettings, type EffectiveInput } from '../settings/effective';

export interface HistoryPolicy {
  privacy: Privacy;
  retentionDays: number;
  maxEvents: number;
}

/** Longest excerpt the writer keeps, whatever the producer sent. */
export const EXCERPT_MAX = 140;

/** The history's terms in force: policy > pack > user, with the pack's riskier terms waiting for consent. */
export function policyFrom(
  settings: Pick<Settings, 'privacy' | 'retentionDays' | 'maxEvents'> & Partial<Pick<Settings, 'intensity' | 'role'>>,
  pack?: Pick<Pack, 'history'> & Partial<Pick<Pack, 'id' | 'intensity'>>,
  extra: Omit<EffectiveInput, 'settings' | 'pack'> = {},
): HistoryPolicy {
  const { privacy, retentionDays, maxEvents } = effectiveSettings({
    settings: { intensity: 'normal', role: 'employee', ...settings },
    ...(pack ? { pack: { id: pack.id ?? '', ...(pack.intensity ? { intensity: pack.intensity } : {}), ...(pack.history ? { history: pack.history } : {}) } } : {}),
    ...extra,
  });
  return { privacy, retentionDays, maxEvents };
}

/** Cuts text to at most `max` characters without splitting a surrogate pair (emoji). */
export function cutText(text: string, max = EXCERPT_MAX): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A copy of the event holding no more text than the privacy level allows. */
export function applyPrivacy(event: HistoryEvent, privacy: Privacy): HistoryEvent {
  const { text, excerpt, ...bare } = event;
  if (privacy === 'none') return bare;
  if (privacy === 'excerpt') {
    const source = excerpt ?? text;
    return source ? { ...bare, excerpt: cutText(source) } : bare;
  }
  const out: HistoryEvent = { ...bare };
  if (excerpt) out.excerpt = excerpt;
  if (text) out.text = text;
  return out;
}
