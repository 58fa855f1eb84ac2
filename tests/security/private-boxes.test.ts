// Item 4: direct messages, chat, search and unknown fields are left alone, per site adapter; the
// sites' public post and comment boxes are still taken on.
import { describe, expect, it } from 'vitest';
import { domFrom } from '../../src/compose/dom-test-env';
import { siteAllows } from '../../src/compose/sites';

interface Case {
  host: string;
  post: { html: string; path?: string };
  dms: { html: string; path?: string; why: string }[];
}

const CASES: Case[] = [
  {
    host: 'x.com',
    post: { html: '<div id="box" data-testid="tweetTextarea_0" contenteditable="true"></div>' },
    dms: [
      { why: 'DM composer', html: '<div data-testid="DMDrawer"><div id="box" data-testid="dmComposerTextInput" contenteditable="true"></div></div>' },
      { why: 'messages page', path: '/messages/123', html: '<div id="box" class="public-DraftEditor-content" contenteditable="true"></div>' },
    ],
  },
  {
    host: 'www.linkedin.com',
    post: { html: '<div id="box" class="ql-editor" data-test-ql-editor-contenteditable="true" contenteditable="true"></div>' },
    dms: [{ why: 'message form', html: '<form class="msg-form"><div id="box" class="msg-form__contenteditable" contenteditable="true"></div></form>' }],
  },
  {
    host: 'www.instagram.com',
    post: { html: '<div id="box" data-lexical-editor="true" contenteditable="true" aria-label="Write a caption..."></div>' },
    dms: [{ why: 'direct inbox', path: '/direct/t/1', html: '<div id="box" data-lexical-editor="true" contenteditable="true" aria-label="Message..."></div>' }],
  },
  {
    host: 'www.facebook.com',
    post: { html: '<div id="box" role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What\'s on your mind?"></div>' },
    dms: [{ why: 'Messenger chat', html: '<div id="box" role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"></div>' }],
  },
  {
    host: 'www.threads.com',
    post: { html: '<div id="box" role="textbox" contenteditable="true" aria-label="Start a thread"></div>' },
    dms: [{ why: 'messages', path: '/messages', html: '<div id="box" role="textbox" contenteditable="true"></div>' }],
  },
  {
    host: 'bsky.app',
    post: { html: '<div id="box" class="ProseMirror" contenteditable="true"></div>' },
    dms: [{ why: 'chat', path: '/messages/abc', html: '<textarea id="box"></textarea>' }],
  },
  {
    host: 'mastodon.social',
    post: { html: '<form class="compose-form"><textarea id="box" class="autosuggest-textarea__textarea"></textarea></form>' },
    dms: [
      {
        why: 'private mention',
        html: '<form class="compose-form"><select name="visibility"><option value="public">p</option><option value="direct" selected>d</option></select><textarea id="box" class="autosuggest-textarea__textarea"></textarea></form>',
      },
    ],
  },
  {
    host: 'www.reddit.com',
    post: { html: '<textarea id="box"></textarea>' },
    dms: [{ why: 'private message', path: '/message/compose', html: '<textarea id="box"></textarea>' }],
  },
  {
    host: 'www.youtube.com',
    post: { html: '<div id="contenteditable-root" contenteditable="true"></div><span id="box-alias"></span>' },
    dms: [{ why: 'live chat', html: '<yt-live-chat-text-input-field-renderer><div id="box" contenteditable="true"></div></yt-live-chat-text-input-field-renderer>' }],
  },
];

describe('boxes per site', () => {
  for (const c of CASES) {
    it(`${c.host}: takes the post box, leaves ${c.dms.map((d) => d.why).join(', ')} and unknown fields alone`, () => {
      const post = domFrom(c.post.html);
      const postBox = post.getElementById('box') ?? post.getElementById('contenteditable-root');
      expect(siteAllows(postBox!, c.host, c.post.path ?? '/')).toBe(true);
      for (const dm of c.dms) {
        const doc = domFrom(dm.html);
        expect(siteAllows(doc.getElementById('box')!, c.host, dm.path ?? '/'), dm.why).toBe(false);
      }
      const unknown = domFrom('<div id="box" contenteditable="true" class="some-widget"></div>').getElementById('box')!;
      if (c.host !== 'www.reddit.com') expect(siteAllows(unknown, c.host, '/'), 'unknown field').toBe(false);
    });
  }

  it('a site the user switched on (no adapter) keeps the generic detector', () => {
    const doc = domFrom('<textarea id="box"></textarea>');
    expect(siteAllows(doc.getElementById('box')!, 'forum.example.org', '/')).toBe(true);
  });
});
