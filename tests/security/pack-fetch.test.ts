// Item 10: a pack URL that redirects is judged by where it ends: HTTPS only, and reported.
import { describe, expect, it } from 'vitest';
import { fetchPackText } from '../../src/settings/fetch-pack';

function landedAt(url: string, body = '{"id":"p"}'): typeof fetch {
  return (async () => {
    const response = new Response(body, { status: 200 });
    Object.defineProperty(response, 'url', { value: url });
    Object.defineProperty(response, 'redirected', { value: true });
    return response;
  }) as typeof fetch;
}

describe('pack fetch after redirects', () => {
  it('refuses a redirect to plain http', async () => {
    const result = await fetchPackText('https://packs.example.org/p.json', { fetchFn: landedAt('http://evil.example/p.json') });
    expect(result).toEqual({ ok: false, failure: { kind: 'redirect', to: 'http://evil.example/p.json' } });
  });

  it('reports the final URL of an allowed redirect', async () => {
    const result = await fetchPackText('https://packs.example.org/p.json', { fetchFn: landedAt('https://cdn.example.org/p.json') });
    expect(result).toMatchObject({ ok: true, url: 'https://packs.example.org/p.json', finalUrl: 'https://cdn.example.org/p.json' });
  });
});
