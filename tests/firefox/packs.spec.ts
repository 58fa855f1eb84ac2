// Packs in Firefox: the popup shows the default pack, then the pack loaded in the options page
// (following the change while open); a broken pack is refused with its errors and their paths,
// and the pack in force stays, in the options page and the popup.
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { freshAddonPerTest } from './addon-session.ts';
import { byRole, clickRole, fillField } from './by-role.ts';
import { openAddonPage, storageGet } from './extension-pages.ts';
import { DEFAULT_PACK, en, optionsText, ORG_PACK, popupText } from './packs.ts';
import { repeated } from './repeat.ts';
import { untilPageShows } from './wait.ts';

/** Pastes pack JSON into the options page's loader and submits it. */
async function pastePack(options: Page, json: string): Promise<void> {
  // As a person would: switch to the tab first (a background tab's timers are slowed down).
  await options.bringToFront();
  await clickRole(options, 'tab', optionsText('tabPaste'));
  await fillField(options, optionsText('pasteLabel'), json);
  await clickRole(options, 'button', optionsText('pasteButton'));
}

describe('packs in the popup and the options page (Firefox)', () => {
  const session = freshAddonPerTest();

  repeated('the popup shows the default pack, then the pack loaded in the options page', async () => {
    const popup = await session.browser.newPage();
    await openAddonPage(popup, 'popup.html');
    await untilPageShows(popup, `${popupText('packInForce')}: ${DEFAULT_PACK.name} ${DEFAULT_PACK.version} (${popupText('sourceDefault')})`);
    await untilPageShows(popup, en(DEFAULT_PACK.guidelines.principles[0].title));

    const options = await session.browser.newPage();
    await openAddonPage(options, 'options.html');
    await untilPageShows(options, optionsText('inForce', { name: DEFAULT_PACK.name, version: DEFAULT_PACK.version }));
    await pastePack(options, JSON.stringify(ORG_PACK));
    await untilPageShows(options, optionsText('loaded', { name: ORG_PACK.name, version: ORG_PACK.version }));
    await untilPageShows(options, optionsText('inForce', { name: ORG_PACK.name, version: ORG_PACK.version }));
    assert.equal((await storageGet(options, 'activePack')).pack.id, ORG_PACK.id);

    // The open popup follows without a reload: the new pack, its reason to be there, its themes.
    await untilPageShows(popup, `${popupText('packInForce')}: ${ORG_PACK.name} ${ORG_PACK.version} (${popupText('sourcePaste')})`);
    await untilPageShows(popup, en(ORG_PACK.guidelines.why));
    await untilPageShows(popup, en(ORG_PACK.strategy.themes[0].title));
  });

  repeated('a broken pack is refused with every error and its path; the pack in force stays', async () => {
    const options = await session.browser.newPage();
    await openAddonPage(options, 'options.html');
    await pastePack(options, JSON.stringify(ORG_PACK));
    await untilPageShows(options, optionsText('loaded', { name: ORG_PACK.name, version: ORG_PACK.version }));
    const before = await storageGet(options, 'activePack');
    const popup = await session.browser.newPage();
    await openAddonPage(popup, 'popup.html');
    await untilPageShows(popup, `${ORG_PACK.name} ${ORG_PACK.version}`);

    const kept = optionsText('keptPack', { name: ORG_PACK.name, version: ORG_PACK.version });
    const expectKept = async () => {
      await untilPageShows(options, kept);
      assert.deepEqual(await storageGet(options, 'activePack'), before, 'the stored pack in force did not change');
      await untilPageShows(options, optionsText('inForce', { name: ORG_PACK.name, version: ORG_PACK.version }));
      await untilPageShows(popup, `${popupText('packInForce')}: ${ORG_PACK.name} ${ORG_PACK.version} (${popupText('sourcePaste')})`);
    };

    // Not JSON at all.
    await pastePack(options, '{ "format": 1, "id": "broken", ');
    await byRole(options, 'alert', /JSON/);
    await expectKept();

    // Two wrong fields: both listed, each with its path.
    const wrong = { ...ORG_PACK, id: 'wrong-fields', languages: 'nl', strategy: { themes: [{ id: 'groen', title: 42 }] } };
    await pastePack(options, JSON.stringify(wrong));
    await untilPageShows(options, optionsText('invalidMany', { count: 2 }));
    const errors = await options.evaluate(() => [...document.querySelectorAll('[role="alert"] li code')].map((c) => c.textContent));
    assert.ok(errors.includes('languages'), `the path languages is listed (got ${errors})`);
    assert.ok(errors.includes('strategy.themes[0].title'), `the path strategy.themes[0].title is listed (got ${errors})`);
    await expectKept();
  });
});
