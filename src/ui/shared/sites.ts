// Which coach site a tab's host is, and whether the content script already runs there.
import { ADAPTERS, hostMatches } from '../../compose/sites';
import { SITE_MATCHES } from '../../compose/sites/matches';

/** The built-in site keys, in the order the options page lists them. */
export const BUILT_IN_SITES: readonly string[] = ADAPTERS.map((a) => a.key);

export const SITE_LABELS: Record<string, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
  reddit: 'Reddit',
  instagram: 'Instagram',
  youtube: 'YouTube',
};

export interface TabSite {
  /** Key for settings.disabledSites: the adapter's, else the host name without www. */
  key: string;
  origin: string;
  /** True when the content script runs here without a further permission. */
  builtIn: boolean;
}

/** Hosts named in the built-in match patterns (for Mastodon, which has no host of its own). */
function matchedHost(hostname: string): boolean {
  return SITE_MATCHES.some((pattern) => {
    const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
    return host.startsWith('*.') ? hostMatches(hostname, [host.slice(2)]) : hostname === host;
  });
}

export function siteForUrl(raw: string | undefined): TabSite | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // The coach only asks for HTTPS sites (host permissions are https only).
  if (url.protocol !== 'https:') return null;
  const adapter = ADAPTERS.find((a) => hostMatches(url.hostname, a.hosts));
  const builtIn = matchedHost(url.hostname);
  // Mastodon instances in the built-in list are recognised by markup, so they carry its key.
  const key = adapter?.key ?? (builtIn ? 'mastodon' : url.hostname.replace(/^www\./, ''));
  return { key, origin: url.origin, builtIn };
}

export function siteLabel(key: string): string {
  return SITE_LABELS[key] ?? key;
}
