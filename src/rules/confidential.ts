import type { Rule } from '../engine/rule';

// Being written: see the detector helper.
export const confidential: Rule = {
  id: 'confidential',
  category: 'confidential',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: '',
  why: { nl: '', en: '' },
  detect: () => [],
  examples: { fire: [], pass: [] },
};
