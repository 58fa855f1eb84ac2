import { describe, expect, it } from 'vitest';
import { checkPackUrl } from './url-policy';

describe('checkPackUrl', () => {
  it.each([
    'https://example.org/pack.json',
    'https://intranet.example.nl:8443/comms/pack.json?v=2',
    'http://localhost:8080/pack.json',
    'http://127.0.0.1:5173/pack.json',
    'http://[::1]/pack.json',
    '  https://example.org/p.json  ',
  ])('accepts %s', (url) => {
    expect(checkPackUrl(url).ok).toBe(true);
  });

  it.each([
    ['http://example.org/pack.json', 'insecure'],
    ['http://localhost.example.org/pack.json', 'insecure'],
    ['http://127.0.0.2/pack.json', 'insecure'],
    ['ftp://example.org/pack.json', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['data:application/json,{}', 'scheme'],
    ['https://user:secret@example.org/pack.json', 'credentials'],
    ['not a url', 'invalid'],
    ['', 'invalid'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(checkPackUrl(url)).toEqual({ ok: false, reason });
  });
});
