import { describe, expect, it } from 'vitest';
import { fetchPackText } from './fetch-pack';

const respond = (body: BodyInit | null, init?: ResponseInit): typeof fetch => async () => new Response(body, init);

/** A body that streams `chunks` pieces of `size` bytes without declaring its length. */
function streamOf(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(32));
    },
  });
}

describe('fetchPackText', () => {
  it('returns the text of a small response', async () => {
    const result = await fetchPackText('https://example.org/p.json', { fetchFn: respond('{"format":1}') });
    expect(result).toEqual({ ok: true, text: '{"format":1}', url: 'https://example.org/p.json' });
  });

  it('refuses plain http to other hosts without fetching', async () => {
    let called = false;
    const result = await fetchPackText('http://example.org/p.json', {
      fetchFn: async () => {
        called = true;
        return new Response('{}');
      },
    });
    expect(result).toEqual({ ok: false, failure: { kind: 'url', reason: 'insecure' } });
    expect(called).toBe(false);
  });

  it('refuses a body whose declared length passes the limit', async () => {
    const result = await fetchPackText('https://example.org/p.json', {
      maxBytes: 10,
      fetchFn: respond('x'.repeat(11), { headers: { 'content-length': '11' } }),
    });
    expect(result).toEqual({ ok: false, failure: { kind: 'too-big', limit: 10 } });
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    const result = await fetchPackText('https://example.org/p.json', {
      maxBytes: 1000,
      fetchFn: respond(streamOf(5, 300)),
    });
    expect(result).toEqual({ ok: false, failure: { kind: 'too-big', limit: 1000 } });
  });

  it('accepts a streamed body exactly at the limit', async () => {
    const result = await fetchPackText('https://example.org/p.json', { maxBytes: 900, fetchFn: respond(streamOf(3, 300)) });
    expect(result.ok && result.text.length).toBe(900);
  });

  it('reports HTTP errors with their status', async () => {
    const result = await fetchPackText('https://example.org/p.json', { fetchFn: respond('nope', { status: 404 }) });
    expect(result).toEqual({ ok: false, failure: { kind: 'status', status: 404 } });
  });

  it('gives up after the timeout', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const result = await fetchPackText('https://example.org/p.json', { timeoutMs: 30, fetchFn: hanging });
    expect(result).toEqual({ ok: false, failure: { kind: 'timeout', ms: 30 } });
  });

  it('reports network failures', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const result = await fetchPackText('https://example.org/p.json', { fetchFn: failing });
    expect(result).toEqual({ ok: false, failure: { kind: 'network', detail: 'Failed to fetch' } });
  });
});
