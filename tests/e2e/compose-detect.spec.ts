// Which boxes the coach takes on: compose boxes (several per page, added later, Mastodon by its
// markup on any host), never opt-outs, search, password or read-only fields, never a switched-off
// site; and the extra-site registration that waits for the user's permission.
import { FIXTURES } from './fixture-server.ts';
import { waitForComposer } from './fixture-page.ts';
import { replaceText } from './compose-actions';
import { BROADCAST } from './compose-posts';
import { coachState, patchSettings, settledState } from './compose-sites';
import { expect, test } from './compose-test';

// A YouTube-like page of our own: a plain contenteditable comment box (YouTube's own id) among
// fields to leave alone, including a textarea YouTube's adapter does not know (unknown field).
const PAGE = `<!doctype html><meta charset="utf-8"><title>detect</title>
<div id="contenteditable-root" class="ce" contenteditable="true" role="textbox" aria-label="Add a comment" style="min-height:60px;border:1px solid #999"></div>
<textarea id="ta" rows="3" cols="60"></textarea>
<textarea id="gramm" data-gramm="false"></textarea>
<div data-enable-grammarly="false"><div id="grammarly" contenteditable="true" style="min-height:20px;border:1px solid #ccc"></div></div>
<input id="search" type="search"><input id="password" type="password">
<textarea id="readonly" readonly>read only</textarea>
<form role="search"><textarea id="insearch"></textarea></form>
<button id="add" type="button" onclick="const t=document.createElement('div');t.id='contenteditable-root';t.className='later';t.contentEditable='true';t.style.minHeight='40px';document.body.append(t)">add</button>`;
const URL_ = 'https://www.youtube.com/detect.html';

test.beforeEach(async ({ context, page }) => {
  void page; // the fixture routes come first, so this page's route (registered later) wins
  await context.route(URL_, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
});

test('several boxes, a box added later, and the fields it must leave alone', async ({ page }) => {
  await page.goto(URL_);
  const ce = page.locator('.ce');
  await ce.click();
  await page.keyboard.type(BROADCAST.text);
  const first = await settledState(page, BROADCAST.text);
  expect(first.site).toBe('youtube');
  expect(first.editor).toBe('plain');

  for (const id of ['gramm', 'grammarly', 'search', 'password', 'readonly', 'insearch', 'ta']) {
    await page.locator(`#${id}`).click();
    await page.keyboard.type(' Schrijf je nu in!');
  }
  await page.locator('#add').click();
  await page.locator('.later').click();
  await page.keyboard.type('Save the date: market leader news.');
  await expect
    .poll(async () => (await coachState(page)).map((b) => b.text))
    .toEqual([BROADCAST.text, 'Save the date: market leader news.']);
  await expect(page.locator('posting-coach-ui .pc-badge')).toHaveCount(2);
  // The plain contenteditable's highlights sit on the typed words too.
  const state = (await coachState(page))[0]!;
  for (const h of state.highlights) expect(h.text).toBe(BROADCAST.text.slice(h.start, h.end));
});

test('a switched-off site loads nothing', async ({ page, serviceWorker }) => {
  await patchSettings(serviceWorker, { disabledSites: ['youtube'] });
  await page.goto(URL_);
  await page.locator('.ce').click();
  await page.keyboard.type(BROADCAST.text);
  await page.waitForTimeout(1000); // longer than the analysis delay: nothing may appear
  expect(await coachState(page)).toEqual([]);
  await expect(page.locator('posting-coach-ui')).toHaveCount(0);
});

test('Mastodon is recognised by its markup, whatever the host', async ({ page }) => {
  const mastodon = FIXTURES.find((f) => f.id === 'mastodon')!;
  await page.goto(`https://www.threads.net/${mastodon.path}`); // Mastodon markup on another host
  await waitForComposer(page);
  await replaceText(page, mastodon, BROADCAST.text, 'insert');
  const state = await settledState(page, BROADCAST.text);
  expect(state.site).toBe('mastodon');
  expect(state.editor).toBe('textarea');
});

test('an extra site is registered only once its permission is granted', async ({ serviceWorker }) => {
  type Chrome = { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };
  await patchSettings(serviceWorker, { extraOrigins: ['https://social.example.org'] });
  await new Promise((r) => setTimeout(r, 500));
  const registered = await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts(),
  );
  // Without the user's grant (a browser dialog tests cannot answer) nothing may run there.
  expect(registered).toEqual([]);
});
