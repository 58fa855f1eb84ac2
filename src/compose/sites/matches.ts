// Where the content script runs without asking: the built-in social sites, and the largest
// Mastodon instances of our two languages. Other Mastodon instances (recognised by markup) and
// any other site run it once the user switches them on (src/background/sites.ts).
export const SITE_MATCHES = [
  '*://*.x.com/*',
  '*://*.twitter.com/*',
  '*://*.linkedin.com/*',
  '*://*.facebook.com/*',
  '*://*.bsky.app/*',
  '*://*.threads.net/*',
  '*://*.threads.com/*',
  '*://*.reddit.com/*',
  '*://*.instagram.com/*',
  '*://*.youtube.com/*',
  '*://mastodon.social/*',
  '*://mastodon.nl/*',
  '*://social.overheid.nl/*',
];
