// Issue 9, item 4: direct messages are not coached or recorded, on every site we have a fixture
// for. Each page holds the site's DM box (its real markup or address) next to a public post box:
// a person types in both; only the post box is coached.
import { BROADCAST } from '../compose-posts';
import { coachState, recordHistory } from '../compose-sites';
import { expect, test } from '../compose-test';

interface DmPage {
  site: string;
  url: string;
  post: string;
  dm: string;
}

const box = (attrs: string) => `<div ${attrs} contenteditable="true" style="min-height:40px;border:1px solid #999;margin:8px"></div>`;

const PAGES: DmPage[] = [
  { site: 'x', url: 'https://x.com/dm-test.html', post: box('id="post" data-testid="tweetTextarea_0"'), dm: `<div data-testid="DMDrawer">${box('id="dm" data-testid="dmComposerTextInput"')}</div>` },
  { site: 'facebook', url: 'https://www.facebook.com/dm-test.html', post: box('id="post" role="textbox" data-lexical-editor="true" aria-label="What\'s on your mind?"'), dm: box('id="dm" role="textbox" data-lexical-editor="true" aria-label="Message"') },
  { site: 'threads', url: 'https://www.threads.com/dm-test.html', post: box('id="post" role="textbox" aria-label="Start a thread"'), dm: box('id="dm" role="textbox" aria-label="Message"') },
  { site: 'linkedin', url: 'https://www.linkedin.com/dm-test.html', post: box('id="post" class="ql-editor" data-test-ql-editor-contenteditable="true"'), dm: `<form class="msg-form">${box('id="dm" class="msg-form__contenteditable"')}</form>` },
  { site: 'bluesky', url: 'https://bsky.app/dm-test.html', post: box('id="post" class="ProseMirror"'), dm: `<div data-testid="convoMessageInput"><textarea id="dm"></textarea></div>` },
  {
    site: 'mastodon',
    url: 'https://mastodon.social/dm-test.html',
    post: `<form class="compose-form"><textarea id="post" class="autosuggest-textarea__textarea"></textarea></form>`,
    dm: `<form class="compose-form"><select name="visibility"><option value="direct" selected>Private mention</option></select><textarea id="dm" class="autosuggest-textarea__textarea"></textarea></form>`,
  },
  { site: 'reddit', url: 'https://www.reddit.com/dm-test.html', post: '<textarea id="post"></textarea>', dm: `<reddit-chat-composer>${box('id="dm"')}</reddit-chat-composer>` },
];

for (const p of PAGES) {
  test(`${p.site}: a direct message is left alone, a post is coached`, async ({ context, page, serviceWorker }) => {
    await context.route(p.url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><title>dm</title>${p.dm}${p.post}` }));
    const seen = await recordHistory(serviceWorker);
    await page.goto(p.url);
    await page.locator('#dm').click();
    await page.keyboard.type(BROADCAST.text);
    await page.locator('#post').click();
    await page.keyboard.type(BROADCAST.text);
    // The post box is coached (so the page works), the DM box never appears.
    await expect.poll(async () => (await coachState(page)).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await seen()).length).toBeGreaterThan(0);
    const states = await coachState(page);
    expect(states[0]!.site).toBe(p.site);
    expect(states[0]!.findings.length).toBeGreaterThan(0);
    expect(await page.locator('#dm').evaluate((el) => el.isConnected)).toBe(true);
    // Every recorded event belongs to the one coached box (one post id).
    expect(new Set((await seen()).map((e) => e.postId)).size).toBe(1);
  });
}
