// Instagram: Lexical in direct messages and captions, a textarea for comments (label localised).
import type { SiteAdapter } from './types';

export const instagram: SiteAdapter = {
  key: 'instagram',
  hosts: ['instagram.com'],
  boxSelector: '[data-lexical-editor="true"], textarea[aria-label*="comment" i], textarea[aria-label*="reactie" i]',
  submitSelector: 'form [type="submit"]',
  editor: 'lexical',
  isReply: (box) => box.tagName === 'TEXTAREA',
};
