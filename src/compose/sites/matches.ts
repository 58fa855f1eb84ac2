// Where the content script runs without asking: the built-in social sites, and the largest
// Mastodon instances of our two languages. Other Mastodon instances (recognised by markup) and
// any other site run it once the user switches them on (src/background/sites.ts).
export const SITE_MATCHES = [
  'https://*.x.com/*',
  'https://*.twitter.com/*',
  'https://*.linkedin.com/*',
  'https://*.facebook.com/*',
  'https://*.bsky.app/*',
  'https://*.threads.net/*',
  'https://*.threads.com/*',
  'https://*.reddit.com/*',
  'https://*.instagram.com/*',
  'https://*.youtube.com/*',
  'https://mastodon.social/*',
  'https://mastodon.nl/*',
  'https://social.overheid.nl/*',
];
