// Reddit: Lexical inside <shreddit-composer>; its Markdown mode is a textarea in an open
// shadow root, which the generic detector reaches through composedPath().
import type { SiteAdapter } from './types';

export const reddit: SiteAdapter = {
  key: 'reddit',
  hosts: ['reddit.com'],
  boxSelector: 'shreddit-composer [contenteditable="true"], textarea',
  submitSelector: 'button[type="submit"], button[slot="submit-button"]',
  editor: 'lexical',
  isReply: () => /\/comments\//.test(location.pathname),
};
