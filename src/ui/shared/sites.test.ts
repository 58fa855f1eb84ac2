import { describe, expect, it } from 'vitest';
import { BUILT_IN_SITES, siteForUrl } from './sites';

describe('siteForUrl', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/tweet', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://bsky.app/', 'bluesky'],
    ['https://www.youtube.com/watch?v=1', 'youtube'],
    ['https://mastodon.social/home', 'mastodon'],
  ])('knows the built-in site %s', (url, key) => {
    expect(siteForUrl(url)).toMatchObject({ key, builtIn: true });
  });

  it('keys other sites by host name and marks them as not built in', () => {
    expect(siteForUrl('https://www.example.org/a')).toEqual({ key: 'example.org', origin: 'https://www.example.org', builtIn: false });
    expect(siteForUrl('https://notx.com/')).toMatchObject({ key: 'notx.com', builtIn: false });
  });

  it('has no site for browser pages and garbage', () => {
    for (const url of ['chrome://extensions', 'chrome-extension://abc/popup.html', 'about:blank', 'nonsense', undefined]) {
      expect(siteForUrl(url)).toBeNull();
    }
  });

  it('lists the nine built-in sites', () => {
    expect([...BUILT_IN_SITES].sort()).toEqual(['bluesky', 'facebook', 'instagram', 'linkedin', 'mastodon', 'reddit', 'threads', 'x', 'youtube']);
  });
});
