// The site adapters, and which one applies to a box.
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

export type { EditorKind, SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [x, linkedin, facebook, mastodon, bluesky, threads, reddit, instagram, youtube];

export function hostMatches(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`));
}

/** The adapter for a box: markup first (Mastodon lives on any domain), then the host name. */
export function adapterFor(box: Element, hostname: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.recognise?.(box)) ?? ADAPTERS.find((a) => hostMatches(hostname, a.hosts));
}

/**
 * Whether the coach may take on a box. On a known site only its public post and comment boxes,
 * never direct messages, chat, search or fields it does not know; on a site the user switched on
 * (no adapter), any box the generic detector accepts.
 */
export function siteAllows(box: Element, hostname: string, path: string): boolean {
  const adapter = adapterFor(box, hostname);
  if (!adapter) return true;
  if (adapter.isPrivate?.(box, path)) return false;
  return adapter.isPostBox ? adapter.isPostBox(box) : box.matches(adapter.boxSelector);
}

/** The site key for settings and the history: the adapter's, else the host name. */
export function siteKeyFor(box: Element, hostname: string): string {
  return adapterFor(box, hostname)?.key ?? hostname.replace(/^www\./, '');
}
