// Which pack URLs the extension will fetch: HTTPS anywhere, plain HTTP only on this machine
// (for pack authors testing a local server). Everything else is refused before any request.

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: 'invalid' | 'scheme' | 'insecure' | 'credentials' };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkPackUrl(raw: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  // Passwords in a URL would be stored in plain sight in the pack source.
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') return LOCAL_HOSTS.has(url.hostname) ? { ok: true, url } : { ok: false, reason: 'insecure' };
  return { ok: false, reason: 'scheme' };
}
