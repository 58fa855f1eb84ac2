// The history in Firefox: a post written in a compose box and sent with its nudge open is stored
// by the add-on's background (IndexedDB) and listed on the review page, with the words the nudge
// was about (privacy "excerpt", the default) and the promotion ratio it adds up to.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { SELF_PROMOTION } from '../e2e/compose-posts.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../e2e/fixture-server.ts';
import { freshAddonPerTest } from './addon-session.ts';
import { enableTestHook, modelText, waitForComposer } from './coach.ts';
import { expectNudged, typeInto } from './compose-actions.ts';
import { openAddonPage, reloadAddonPage } from './extension-pages.ts';
import { serveSites, siteUrlOf } from './fixture-sites.ts';
import { formatPct } from '../../src/ui/history/format.ts';
import { ruleName } from '../../src/ui/shared/vocabulary.ts';
import { reviewText } from './packs.ts';
import { repeated } from './repeat.ts';
import { until, untilPageShows } from './wait.ts';

const mastodon = FIXTURES.find((f) => f.id === 'mastodon')!;

interface PostGroup {
  /** The group's heading: "Post on Mastodon, 1 Dec 2026, 06:01 · <pack> <version>". */
  head: string;
  /** Its events, oldest first, as cells: time, nudge (the rule's name), outcome, excerpt. */
  events: string[][];
}

/** The review table, found by its caption, as a person reads it: one group per post. */
function postGroups(review: Page): Promise<PostGroup[]> {
  // No named helpers inside: tsx would wrap them in a __name() call that the page does not have.
  return review.evaluate((caption: string) => {
    const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent?.trim() === caption);
    return [...(table?.tBodies ?? [])].map((body) => {
      const rows = [...body.rows];
      const texts = rows.map((row) => [...row.cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
      const head = rows.findIndex((row) => row.querySelector('th[scope="rowgroup"]'));
      return { head: head >= 0 ? texts[head]!.join(' ') : '', events: texts.filter((_, i) => i !== head) };
    });
  }, reviewText('tableCaption'));
}

describe('the nudge history (Firefox)', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(async () => server?.close());
  const session = freshAddonPerTest();

  repeated('a nudge shown while writing is recorded and listed on the review page', async () => {
    const helper = await session.browser.newPage();
    await enableTestHook(helper);
    const page = await session.browser.newPage();
    await serveSites(page, server);
    await page.goto(siteUrlOf(mastodon));
    await waitForComposer(page);
    await typeInto(page, mastodon, SELF_PROMOTION.text);
    const state = await expectNudged(page, SELF_PROMOTION);
    const nudge = state.findings.find((f) => SELF_PROMOTION.rules.includes(f.rule))!;
    await page.locator('[data-fixture="post"]').click();
    await until(() => modelText(page), (t) => t === '', { message: 'the post was sent' });

    const review = helper;
    await openAddonPage(review, 'review.html');
    const posted = reviewText('outcome.posted-open');
    const sent = (groups: PostGroup[]) => groups.some((g) => g.events.some((cells) => cells[2] === posted));
    // The background may still be writing the last events when the page first reads.
    const groups = await until(
      async () => {
        const found = await postGroups(review);
        if (!sent(found)) await reloadAddonPage(review);
        return found;
      },
      sent,
      { message: 'the review page lists the sent post' },
    );
    // One post, under a heading that names the site for people; its events name the rule for people.
    assert.equal(groups.length, 1, `one post (groups: ${JSON.stringify(groups)})`);
    const [post] = groups;
    assert.ok(post!.head.startsWith(reviewText('postHead', { site: 'Mastodon', time: '' })), `the heading names the site (got ${post!.head})`);
    const rule = ruleName(nudge.rule, 'en');
    assert.notEqual(rule, nudge.rule, 'the rule is shown by its name for people, not its id');
    const row = (outcome: 'shown' | 'posted-open') => post!.events.find((cells) => cells[1] === rule && cells[2] === reviewText(`outcome.${outcome}`));
    const shown = row('shown');
    assert.ok(shown, `a "${reviewText('outcome.shown')}" row for ${rule} (events: ${JSON.stringify(post!.events)})`);
    assert.equal(shown[3], SELF_PROMOTION.text.slice(nudge.spans[0]!.start, nudge.spans[0]!.end), 'the excerpt is the words the nudge was about');
    assert.ok(row('posted-open'), 'the post went out with the nudge open');
    // One post, sent self-promotional: the ratio counts it.
    await untilPageShows(review, reviewText('ratioText', { promotional: 1, posts: 1, days: 30, pct: formatPct(1, 'en') }));
  });
});
