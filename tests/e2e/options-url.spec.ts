import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './extension';
import { goodPack, openOptions, setUiLang, storageGet } from './options-helpers';

// A local pack server: a good pack, one that never answers, one too big, and garbage.
async function startServer(): Promise<{ base: string; server: Server }> {
  const good = JSON.stringify(goodPack());
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.url === '/good.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(good);
    if (req.url === '/slow.json') return; // never answers
    if (req.url === '/big.json') {
      // No content-length: the limit must hold while streaming.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = ' '.repeat(64 * 1024);
      let sent = 0;
      const push = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent >= 40) res.end();
        else res.once('drain', push);
      };
      res.on('error', () => undefined);
      return push();
    }
    if (req.url === '/garbage') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not a pack</body></html>');
    res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

test('a pack loads from a local URL; a slow, big, garbage or insecure URL changes nothing', async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(90_000);
  const { base, server } = await startServer();
  try {
    await setUiLang(serviceWorker, 'en');
    const options = await context.newPage();
    await openOptions(options, extensionId);
    const load = async (url: string) => {
      await options.getByRole('tab', { name: 'URL' }).click();
      await options.locator('#pack-url').fill(url);
      await options.getByRole('button', { name: 'Load from URL' }).click();
      await expect(options.getByTestId('load-outcome')).toBeVisible({ timeout: 15_000 });
      return options.getByTestId('load-outcome');
    };

    const pack = goodPack();
    await expect(await load(`${base}/good.json`)).toContainText(`Loaded “${pack.name}”`);
    await expect(options.getByTestId('options-pack-in-force')).toContainText(`from ${base}/good.json`);
    const before = await storageGet(serviceWorker, 'activePack');
    expect(before.source).toMatchObject({ kind: 'url', location: `${base}/good.json` });
    expect(await serviceWorker.evaluate(async () => (await (globalThis as any).chrome.alarms.getAll()).map((a: any) => a.name))).toContain(
      'posting-coach-pack-refresh',
    );

    const refusals: [string, RegExp][] = [
      [`${base}/slow.json`, /did not answer within 10 seconds/],
      [`${base}/big.json`, /larger than the limit of 1000 kB/],
      [`${base}/garbage`, /not valid JSON/i],
      [`${base}/missing.json`, /HTTP status 404/],
      ['http://example.org/pack.json', /only allowed for localhost/],
      ['ftp://example.org/pack.json', /Only https:\/\//],
    ];
    for (const [url, message] of refusals) {
      const outcome = await load(url);
      await expect(outcome).toContainText(message);
      await expect(options.getByTestId('kept-pack')).toContainText(`The pack in force stays: “${pack.name}”`);
      expect(await storageGet(serviceWorker, 'activePack')).toEqual(before);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
