// Mastodon runs on any domain, so it is recognised by its markup: a React-controlled textarea
// in the compose form.
import type { SiteAdapter } from './types';

const BOX = 'form.compose-form textarea.autosuggest-textarea__textarea';

export const mastodon: SiteAdapter = {
  key: 'mastodon',
  // The instances the content script runs on without asking; any other is found by its markup.
  hosts: ['mastodon.social', 'mastodon.nl', 'social.overheid.nl'],
  boxSelector: BOX,
  submitSelector: 'form.compose-form button[type="submit"], .compose-form__publish button',
  editor: 'textarea',
  recognise: (box) => box.matches(BOX),
  // The form shows the post being answered above the textarea.
  isReply: (box) => !!box.closest('form.compose-form')?.querySelector('.reply-indicator'),
  // A private mention (visibility "direct") is a direct message.
  isPrivate: (box, path) => path.startsWith('/conversations') || !!box.closest('form.compose-form')?.querySelector('[data-visibility="direct"], .privacy-dropdown__value[data-value="direct"], select[name="visibility"] option[value="direct"]:checked'),
};
