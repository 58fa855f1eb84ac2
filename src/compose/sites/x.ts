// X (Twitter): Draft.js. Selectors verified from public selector lists (Feb 2026).
import type { SiteAdapter } from './types';

export const x: SiteAdapter = {
  key: 'x',
  hosts: ['x.com', 'twitter.com'],
  boxSelector: '[data-testid^="tweetTextarea_"], .public-DraftEditor-content, [data-testid="dmComposerTextInput"]',
  submitSelector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dmComposerSendButton"]',
  editor: 'draft',
  // A reply box sits on a status page or in a dialog that quotes the post answered.
  isReply: (box) => /\/status\/\d+/.test(location.pathname) || !!box.closest('[aria-labelledby*="reply" i]'),
};
