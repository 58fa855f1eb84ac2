import { describe, expect, it } from 'vitest';
import { previewOf } from './preview';

describe('previewOf', () => {
  it('shows the change in its place, with the post around it', () => {
    expect(previewOf('We opened today.', { start: 16, end: 16 }, ' What do you think?')).toEqual({ before: 'We opened today.', inserted: ' What do you think?', after: '' });
  });
  it('cuts long context at a word boundary', () => {
    const text = `${'word '.repeat(40)}end.`;
    const p = previewOf(text, { start: text.length, end: text.length }, ' Q?');
    expect(p.before.startsWith('…word')).toBe(true);
    expect(p.before.length).toBeLessThanOrEqual(92);
  });
});
