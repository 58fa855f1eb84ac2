import { describe, expect, it } from 'vitest';
import { loadPack } from '../../coach-engine';
import { syntaxErrorOffset } from './json-position';

describe('syntaxErrorOffset', () => {
  it('puts the caret where the parser stopped', () => {
    const text = '{\n  "format": 1,\n  "id": "x" oops\n}';
    const result = loadPack(text);
    expect(result.ok).toBe(false);
    const at = syntaxErrorOffset(text, result.ok ? [] : result.errors);
    expect(at).toBeDefined();
    expect(text.slice(at!, at! + 4)).toBe('oops');
  });
  it('says nothing for errors that are not about JSON syntax', () => {
    expect(syntaxErrorOffset('{}', [{ path: 'languages', message: 'must be a list' }])).toBeUndefined();
  });
});
