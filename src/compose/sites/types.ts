// A site adapter holds only what differs per site: where its compose boxes are, what its
// submit buttons look like, and which editor it runs. Everything else is generic.
export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'textarea' | 'plain';

export interface SiteAdapter {
  /** Site key, also used in settings.disabledSites and in the history. */
  key: string;
  /** Host names (and their subdomains) the adapter is for; empty when found by markup. */
  hosts: string[];
  /** Compose boxes on this site (leads to verify; the generic detector still finds others). */
  boxSelector: string;
  /** Buttons that send a post; a click on one followed by an emptied box means the post went out. */
  submitSelector: string;
  editor: EditorKind;
  /** True when the box answers someone else's post. */
  isReply?: (box: Element) => boolean;
  /** True when the page holds this site's markup although its host is unknown (Mastodon). */
  recognise?: (box: Element) => boolean;
  /**
   * Direct messages, chat and search on this site: left alone (the coach is for public posts and
   * comments). `path` is the page's location.pathname.
   */
  isPrivate?: (box: Element, path: string) => boolean;
  /** A public post or comment box of this site; default: the box matches boxSelector. */
  isPostBox?: (box: Element) => boolean;
}
