import { describe, expect, it } from 'vitest';
import { originPattern } from './allow-origin';

describe('originPattern', () => {
  it('asks for the host only, without port or path', () => {
    expect(originPattern('https://intranet.example.org:8443/comms/pack.json')).toBe('https://intranet.example.org/*');
    expect(originPattern('http://localhost:8080/p.json')).toBe('http://localhost/*');
  });
  it('has nothing to ask for other schemes or garbage', () => {
    expect(originPattern('ftp://example.org/p.json')).toBeUndefined();
    expect(originPattern('not a url')).toBeUndefined();
  });
});
