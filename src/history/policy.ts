// What the history may keep: the privacy level and retention in force. The pack in force
// wins over the user's settings, so an organisation can promise its people what is kept.
import type { Pack } from '../engine/pack/types';
import type { Settings } from '../settings/settings';
import type { HistoryEvent, Privacy } from './events';

export interface HistoryPolicy {
  privacy: Privacy;
  retentionDays: number;
  maxEvents: number;
}

/** Longest excerpt the writer keeps, whatever the producer sent. */
export const EXCERPT_MAX = 140;

export function policyFrom(settings: Pick<Settings, 'privacy' | 'retentionDays' | 'maxEvents'>, pack?: Pick<Pack, 'history'>): HistoryPolicy {
  const fixed = pack?.history ?? {};
  return {
    privacy: fixed.privacy ?? settings.privacy,
    retentionDays: positive(fixed.retentionDays) ?? positive(settings.retentionDays) ?? 180,
    maxEvents: positive(fixed.maxEvents) ?? positive(settings.maxEvents) ?? 50_000,
  };
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
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
