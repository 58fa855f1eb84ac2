// Bluesky: TipTap/ProseMirror, one paragraph per line; threads open several composers at once.
import type { SiteAdapter } from './types';

export const bluesky: SiteAdapter = {
  key: 'bluesky',
  hosts: ['bsky.app'],
  boxSelector: '.ProseMirror[contenteditable="true"]',
  submitSelector: '[data-testid="composerPublishBtn"], button[aria-label*="Publish" i], button[aria-label*="Post" i]',
  editor: 'prosemirror',
  isReply: (box) => !!box.closest('[role="dialog"]')?.querySelector('[data-testid="replyParent"], [aria-label*="reply" i]'),
  // Chat lives under /messages (its input is a plain textarea, never a ProseMirror box).
  isPrivate: (box, path) => path.startsWith('/messages') || !!box.closest('[data-testid*="convo" i], [data-testid*="messageInput" i]'),
};
