// X (Twitter): Draft.js. Selectors verified from public selector lists (Feb 2026).
import type { SiteAdapter } from './types';

export const x: SiteAdapter = {
  key: 'x',
  hosts: ['x.com', 'twitter.com'],
  boxSelector: '[data-testid^="tweetTextarea_"], .public-DraftEditor-content',
  submitSelector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  // Direct messages: the DM composer, the DM drawer, and the messages pages.
  isPrivate: (box, path) => path.startsWith('/messages') || !!box.closest('[data-testid="dmComposerTextInput"], [data-testid="DMDrawer"], [data-testid="DmActivityContainer"], [data-testid="DmScrollerContainer"]'),
  editor: 'draft',
  // A reply box sits on a status page or in a dialog that quotes the post answered.
  isReply: (box) => /\/status\/\d+/.test(location.pathname) || !!box.closest('[aria-labelledby*="reply" i]'),
};
