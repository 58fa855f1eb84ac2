import type { Rule } from '../engine/rule';

// Being written: see the detector helper.
export const selfPromotion: Rule = {
  id: 'self-promotion',
  category: 'self-promotion',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: '',
  why: { nl: '', en: '' },
  detect: () => [],
  examples: { fire: [], pass: [] },
};
