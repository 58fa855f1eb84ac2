import { describe, expect, it } from 'vitest';
import { originToMatch } from './sites';

describe('originToMatch', () => {
  it.each([
    ['https://social.example.org', 'https://social.example.org/*'],
    ['https://127.0.0.1:8080', 'https://127.0.0.1/*'],
    ['https://mastodon.example/', 'https://mastodon.example/*'],
  ])('%s → %s', (origin, pattern) => expect(originToMatch(origin)).toBe(pattern));

  it.each(['http://127.0.0.1:8080', 'http://social.example.org', 'file:///etc', 'chrome://extensions', 'not a url', ''])('refuses %s', (origin) => expect(originToMatch(origin)).toBeUndefined());
});
