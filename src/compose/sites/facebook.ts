// Facebook: Lexical. Aria labels are localised, so the selector keys on Lexical's own marker.
import type { SiteAdapter } from './types';

export const facebook: SiteAdapter = {
  key: 'facebook',
  hosts: ['facebook.com'],
  boxSelector: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  submitSelector: 'div[aria-label="Post"][role="button"], div[aria-label="Plaatsen"][role="button"], [type="submit"]',
  editor: 'lexical',
  isReply: (box) => /comment|reactie|reply|antwoord/i.test(box.getAttribute('aria-label') ?? ''),
  // Messenger: the messages pages and the chat windows (their box is labelled "Message"/"Bericht").
  isPrivate: (box, path) =>
    path.startsWith('/messages') || /^(message|bericht|aa)/i.test(box.getAttribute('aria-label') ?? '') || !!box.closest('[aria-label*="Messenger" i], [data-pagelet*="Chat" i]'),
};
