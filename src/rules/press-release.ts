import type { Rule } from '../engine/rule';

// Being written: see the detector helper.
export const pressRelease: Rule = {
  id: 'press-release',
  category: 'press-release',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: '',
  why: { nl: '', en: '' },
  detect: () => [],
  examples: { fire: [], pass: [] },
};
