// LinkedIn: Quill in the share box and comments; messages (msg-form) are left alone.
import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  key: 'linkedin',
  hosts: ['linkedin.com'],
  boxSelector: '[data-test-ql-editor-contenteditable="true"], .ql-editor',
  submitSelector: '.share-actions__primary-action, .comments-comment-box__submit-button',
  editor: 'quill',
  isReply: (box) => !!box.closest('.comments-comment-box, .comments-comment-texteditor'),
  isPrivate: (box, path) => path.startsWith('/messaging') || !!box.closest('.msg-form, .msg-overlay-conversation-bubble, [class*="msg-form__"]'),
};
