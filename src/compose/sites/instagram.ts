// Instagram: Lexical in captions, a textarea for comments (label localised). Direct messages
// (also Lexical) are left alone.
import type { SiteAdapter } from './types';

export const instagram: SiteAdapter = {
  key: 'instagram',
  hosts: ['instagram.com'],
  boxSelector: '[data-lexical-editor="true"], textarea[aria-label*="comment" i], textarea[aria-label*="reactie" i]',
  submitSelector: 'form [type="submit"]',
  editor: 'lexical',
  isReply: (box) => box.tagName === 'TEXTAREA',
  isPrivate: (box, path) => path.startsWith('/direct') || !!box.closest('[aria-label*="Message" i][role="textbox"], [aria-label*="Bericht" i][role="textbox"]') || /^(message|bericht)/i.test(box.getAttribute('aria-label') ?? ''),
};
