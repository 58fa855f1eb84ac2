import type { Rule } from '../engine/rule';

// Being written: see the detector helper.
export const offStrategy: Rule = {
  id: 'off-strategy',
  category: 'off-strategy',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: '',
  why: { nl: '', en: '' },
  detect: () => [],
  examples: { fire: [], pass: [] },
};
