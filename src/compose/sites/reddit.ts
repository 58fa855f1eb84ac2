// Reddit: Lexical inside <shreddit-composer>; its Markdown mode is a textarea in an open
// shadow root, which the generic detector reaches through composedPath(). Chat and private
// messages are left alone.
import type { SiteAdapter } from './types';

/** The element and its ancestors, crossing shadow roots. */
function hostChain(el: Element): Element[] {
  const out: Element[] = [];
  let cur: Element | null = el;
  while (cur) {
    out.push(cur);
    cur = cur.parentElement ?? ((cur.getRootNode() as ShadowRoot).host ?? null);
  }
  return out;
}

export const reddit: SiteAdapter = {
  key: 'reddit',
  hosts: ['reddit.com'],
  boxSelector: 'shreddit-composer [contenteditable="true"], textarea',
  submitSelector: 'button[type="submit"], button[slot="submit-button"]',
  editor: 'lexical',
  isReply: () => /\/comments\//.test(location.pathname),
  isPrivate: (box, path) => !!globalThis.location?.hostname.startsWith('chat.') || path.startsWith('/chat') || path.startsWith('/message') || !!hostChain(box).some((el) => /chat/i.test(el.localName)),
  // The composer's box sits in shadow roots: look through the hosts for <shreddit-composer>.
  isPostBox: (box) => box.matches('[contenteditable="true"], textarea') && (box.localName === 'textarea' || hostChain(box).some((el) => el.localName === 'shreddit-composer')),
};
