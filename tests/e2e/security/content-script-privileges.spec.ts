// Issue 9, item 7: what a content script can do if the page it runs in takes it over. The test
// runs code in the extension's isolated world of a real site page (through the DevTools
// protocol), as a compromised content script would, and checks what it may and may not do.
import type { Page } from '@playwright/test';
import { expect, test } from '../extension';
import { storedEvents } from './security-helpers';

const URL_ = 'https://x.com/plain.html';

/** Evaluates `expression` (an async function body) in the extension's content-script world. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated')).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated')!;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(async () => { ${expression} })()`,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

const EVENT = (id: string) => ({ id, time: Date.now(), site: 'x', rule: '', category: '', severity: '', packId: 'default', packVersion: '1', lang: 'en', outcome: 'posted-clean', postId: 'p' });

test('a content script may append events for its tab, and nothing else', async ({ context, serviceWorker, extensionId }) => {
  await context.route(URL_, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>plain</title><p>x</p>' }));
  // One event of the user's own, written by an extension page.
  const review = await context.newPage();
  await review.goto(`chrome-extension://${extensionId}/review.html`);
  await review.evaluate((e) => (globalThis as any).chrome.runtime.sendMessage({ type: 'history/record', events: [e] }), EVENT('own-1'));
  const page = await context.newPage();
  await page.goto(URL_);

  const result = (await inContentScript(
    page,
    `const out = {};
     const send = (m) => chrome.runtime.sendMessage(m).then((r) => r ?? null, (e) => 'error: ' + e.message);
     out.query = await send({ type: 'history/query' });
     out.summary = await send({ type: 'history/summary' });
     out.clear = await send({ type: 'history/clear' });
     out.importing = await send({ type: 'history/import', events: [${JSON.stringify(EVENT('imported-by-page'))}] });
     out.record = await send({ type: 'history/record', events: [${JSON.stringify(EVENT('from-content'))}] });
     out.config = await send({ type: 'coach/config' });
     out.write = await chrome.storage.local.set({ activePack: { pack: { id: 'evil' } } }).then(() => 'written', (e) => 'refused');
     out.read = await chrome.storage.local.get('settings').then(() => 'read', (e) => 'refused');
     return out;`,
  )) as Record<string, any>;

  expect(result.query).toMatchObject({ ok: false });
  expect(result.query).not.toHaveProperty('events');
  expect(result.summary).toMatchObject({ ok: false });
  expect(result.clear).toMatchObject({ ok: false });
  expect(result.importing).toMatchObject({ ok: false });
  expect(result.record).toMatchObject({ ok: true, added: 1 });
  // The coach gets what it needs by message.
  expect(result.config).toMatchObject({ ok: true, config: { active: { pack: { id: expect.any(String) } } } });
  expect(result.write).toBe('refused');
  expect(result.read).toBe('refused');

  const ids = (await storedEvents(serviceWorker)).map((e) => e.id).sort();
  expect(ids).toEqual(['from-content', 'own-1']);
  const active = await serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.get('activePack'));
  expect(active.activePack?.pack?.id).not.toBe('evil');
});
