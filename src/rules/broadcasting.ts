import type { Rule } from '../engine/rule';

// Being written: see the detector helper.
export const broadcasting: Rule = {
  id: 'broadcasting',
  category: 'broadcasting',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: '',
  why: { nl: '', en: '' },
  detect: () => [],
  examples: { fire: [], pass: [] },
};
