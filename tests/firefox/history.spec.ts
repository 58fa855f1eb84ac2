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
import { reviewText } from './packs.ts';
import { repeated } from './repeat.ts';
import { until, untilPageShows } from './wait.ts';

const mastodon = FIXTURES.find((f) => f.id === 'mastodon')!;

/** The review table's rows as cell texts, found by its caption. */
function tableRows(review: Page): Promise<string[][]> {
  return review.evaluate((caption: string) => {
    const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent?.trim() === caption);
    return table ? [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((c) => (c.textContent ?? '').trim())) : [];
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
    // The background may still be writing the last events when the page first reads.
    const rows = await until(
      async () => {
        const found = await tableRows(review);
        if (!found.some((cells) => cells.includes(reviewText('outcome.posted-open')))) await reloadAddonPage(review);
        return found;
      },
      (found) => found.some((cells) => cells.includes(reviewText('outcome.posted-open'))),
      { message: 'the review page lists the sent post' },
    );
    const of = (outcome: string) => rows.filter((cells) => cells[4] === reviewText(`outcome.${outcome}` as 'outcome.shown'));
    const shown = of('shown').find((cells) => cells[2] === nudge.rule);
    assert.ok(shown, `a "${reviewText('outcome.shown')}" row for ${nudge.rule} (rows: ${JSON.stringify(rows)})`);
    assert.equal(shown[1], 'mastodon');
    assert.equal(shown[6], SELF_PROMOTION.text.slice(nudge.spans[0]!.start, nudge.spans[0]!.end), 'the excerpt is the words the nudge was about');
    assert.ok(of('posted-open').some((cells) => cells[2] === nudge.rule), 'the post went out with the nudge open');
    assert.ok(rows.every((cells) => cells[1] === 'mastodon'));
    // One post, sent self-promotional: the ratio counts it.
    await untilPageShows(review, reviewText('ratioText', { promotional: 1, posts: 1, days: 30, pct: formatPct(1, 'en') }));
  });
});
