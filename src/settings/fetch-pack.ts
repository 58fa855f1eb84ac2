// Fetches a pack's JSON text from a URL with a size limit and a timeout, so a wrong URL can
// neither hang the extension nor fill its memory. The text is parsed and validated elsewhere.
import { checkPackUrl } from './url-policy';

export const MAX_PACK_BYTES = 1_000_000;
export const FETCH_TIMEOUT_MS = 10_000;

export type FetchFailure =
  | { kind: 'url'; reason: 'invalid' | 'scheme' | 'insecure' | 'credentials' }
  | { kind: 'timeout'; ms: number }
  | { kind: 'too-big'; limit: number }
  | { kind: 'status'; status: number }
  | { kind: 'network'; detail: string }
  /** The server sent us on to an address we would not fetch (e.g. plain http). */
  | { kind: 'redirect'; to: string };

/** `finalUrl` is set when redirects led elsewhere: shown to the user, recorded in the status. */
export type FetchResult = { ok: true; text: string; url: string; finalUrl?: string } | { ok: false; failure: FetchFailure };

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  fetchFn?: typeof fetch;
}

export async function fetchPackText(rawUrl: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const maxBytes = opts.maxBytes ?? MAX_PACK_BYTES;
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const doFetch = opts.fetchFn ?? fetch;
  const check = checkPackUrl(rawUrl);
  if (!check.ok) return { ok: false, failure: { kind: 'url', reason: check.reason } };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await doFetch(check.url.href, {
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
    });
    // Judge the address the redirects ended at, not only the one asked for: an https URL must
    // not be able to hand us a pack from plain http.
    const finalUrl = response.url || check.url.href;
    if (finalUrl !== check.url.href) {
      const landed = checkPackUrl(finalUrl);
      if (!landed.ok || (check.url.protocol === 'https:' && landed.url.protocol !== 'https:')) {
        controller.abort();
        return { ok: false, failure: { kind: 'redirect', to: finalUrl } };
      }
    }
    if (!response.ok) return { ok: false, failure: { kind: 'status', status: response.status } };
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return { ok: false, failure: { kind: 'too-big', limit: maxBytes } };
    }
    const bytes = await readCapped(response, maxBytes, controller);
    if (!bytes) return { ok: false, failure: { kind: 'too-big', limit: maxBytes } };
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), url: check.url.href, ...(finalUrl !== check.url.href ? { finalUrl } : {}) };
  } catch (error) {
    if (timedOut) return { ok: false, failure: { kind: 'timeout', ms: timeoutMs } };
    return { ok: false, failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, stopping (and aborting) as soon as it passes the limit; null when it did. */
export async function readCapped(response: Response, maxBytes: number, controller?: AbortController): Promise<Uint8Array | null> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.byteLength > maxBytes ? null : buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      controller?.abort();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
