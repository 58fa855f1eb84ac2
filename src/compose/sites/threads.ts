// Threads: a contenteditable textbox (likely Lexical).
import type { SiteAdapter } from './types';

export const threads: SiteAdapter = {
  key: 'threads',
  hosts: ['threads.net', 'threads.com'],
  boxSelector: 'div[role="textbox"][contenteditable="true"]',
  submitSelector: '[type="submit"]',
  editor: 'lexical',
  isReply: (box) => /reply|antwoord|beantwoord/i.test(box.getAttribute('aria-label') ?? ''),
  isPrivate: (box, path) => path.startsWith('/messages') || path.startsWith('/direct') || /^(message|bericht)/i.test(box.getAttribute('aria-label') ?? ''),
};
