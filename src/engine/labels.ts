// The categories a finding can have, and which of the four labels of the mission each one
// counts for. Shared by the corpus evaluation, pack tests and the history's input checks.
import type { Category } from './types';

export const CATEGORIES: readonly Category[] = ['broadcasting', 'self-promotion', 'press-release', 'off-strategy', 'on-behalf', 'confidential', 'custom'];

export const LABELS = ['broadcasting', 'self-promotion', 'press-release', 'off-strategy'] as const;
export type Label = (typeof LABELS)[number];

/** The label a finding's category counts for: speaking on behalf of the organisation is off strategy. */
export function labelOf(category: Category): Label | undefined {
  if (category === 'on-behalf') return 'off-strategy';
  return (LABELS as readonly string[]).includes(category) ? (category as Label) : undefined;
}
