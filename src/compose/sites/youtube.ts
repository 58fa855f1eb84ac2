// YouTube: the comment box's contenteditable exists only after its placeholder was clicked,
// which focus-based detection handles without a scan.
import type { SiteAdapter } from './types';

export const youtube: SiteAdapter = {
  key: 'youtube',
  hosts: ['youtube.com'],
  boxSelector: '#contenteditable-root[contenteditable]',
  submitSelector: '#submit-button button, ytd-button-renderer#submit-button',
  editor: 'plain',
  isReply: () => true,
  // Live chat is chat.
  isPrivate: (box, path) => path.startsWith('/live_chat') || !!box.closest('yt-live-chat-text-input-field-renderer, yt-live-chat-message-input-renderer, #chat'),
};
