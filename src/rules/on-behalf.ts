import type { Rule } from '../engine/rule';

// Being written: see the detector helper.
export const onBehalf: Rule = {
  id: 'on-behalf',
  category: 'on-behalf',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: '',
  why: { nl: '', en: '' },
  detect: () => [],
  examples: { fire: [], pass: [] },
};
