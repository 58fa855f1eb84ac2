// LinkedIn: Quill in the share box, comments and messages.
import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  key: 'linkedin',
  hosts: ['linkedin.com'],
  boxSelector: '[data-test-ql-editor-contenteditable="true"], .ql-editor, div.msg-form__contenteditable',
  submitSelector: '.share-actions__primary-action, .comments-comment-box__submit-button, .msg-form__send-button',
  editor: 'quill',
  isReply: (box) => !!box.closest('.comments-comment-box, .comments-comment-texteditor, .msg-form'),
};
