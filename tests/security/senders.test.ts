// Item 7: privileged messages come only from extension pages; a content script (a web page may
// be behind it) may only append events for its own tab. Item 6: within a rate limit per tab.
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MESSAGES, mayAsk, senderKind } from '../../src/background/senders';
import { TabRateLimit } from '../../src/background/rate-limit';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('who may ask what', () => {
  const contentScript = { id: ID, url: 'https://x.com/home', origin: 'https://x.com', tab: { id: 7 } };
  const optionsTab = { id: ID, url: `${BASE}options.html`, origin: `chrome-extension://${ID}`, tab: { id: 8 } };
  const popup = { id: ID, url: `${BASE}popup.html` };
  const otherExtension = { id: 'zzzz', url: 'chrome-extension://zzzz/page.html' };

  it('tells extension pages from content scripts by the browser-given URL', () => {
    expect(senderKind(contentScript, ID, BASE)).toBe('content-script');
    expect(senderKind(optionsTab, ID, BASE)).toBe('extension-page');
    expect(senderKind(popup, ID, BASE)).toBe('extension-page');
    expect(senderKind(otherExtension, ID, BASE)).toBe('other');
    // A page whose own URL merely contains our address is still a web page.
    expect(senderKind({ ...contentScript, url: `https://evil.example/?${BASE}` }, ID, BASE)).toBe('content-script');
  });

  it('refuses history queries, imports, clears and settings to content scripts', () => {
    for (const type of ['history/query', 'history/overview', 'history/summary', 'history/import', 'history/clear', 'history/prune', 'history/remove-import']) {
      expect(mayAsk('content-script', type), type).toBe(false);
      expect(mayAsk('extension-page', type), type).toBe(true);
    }
    expect(mayAsk('content-script', 'history/record')).toBe(true);
    expect([...CONTENT_SCRIPT_MESSAGES].every((t) => !/query|import|clear|prune|remove/.test(t))).toBe(true);
    expect(mayAsk('other', 'history/record')).toBe(false);
  });
});

describe('per-tab rate limit', () => {
  it('lets a tab add a burst, drops the rest, and leaves other tabs alone', () => {
    let now = 0;
    const limit = new TabRateLimit({ perWindow: 10, windowMs: 1000 }, () => now);
    expect(limit.take(1, 8)).toBe(8);
    expect(limit.take(1, 8)).toBe(2);
    expect(limit.take(1, 1)).toBe(0);
    expect(limit.take(2, 5)).toBe(5);
    now = 1000;
    expect(limit.take(1, 3)).toBe(3);
  });
});
