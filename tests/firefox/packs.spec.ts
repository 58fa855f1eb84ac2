// Packs in Firefox: the popup shows the default pack, then the pack loaded in the options page
// (following the change while open); a broken pack is refused with its errors and their paths,
// and the pack in force stays, in the options page and the popup.
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { freshAddonPerTest } from './addon-session.ts';
import { byRole, clickRole, fillField } from './by-role.ts';
import { openAddonPage, storageGet } from './extension-pages.ts';
import { DEFAULT_PACK, en, optionsInForce, optionsText, ORG_PACK, popupPackLine, shownName } from './packs.ts';
import { openSection } from './popup-sections.ts';
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
    // The built-in pack is named for people ("Default pack: good practice"), not by its file's name.
    await untilPageShows(popup, popupPackLine(DEFAULT_PACK, 'sourceDefault'));
    await openSection(popup, 'sectionPrinciples', en(DEFAULT_PACK.guidelines.principles[0].title));

    const options = await session.browser.newPage();
    await openAddonPage(options, 'options.html');
    await untilPageShows(options, optionsInForce(DEFAULT_PACK));
    await pastePack(options, JSON.stringify(ORG_PACK));
    await untilPageShows(options, optionsText('loaded', { name: ORG_PACK.name, version: ORG_PACK.version }));
    await untilPageShows(options, optionsInForce(ORG_PACK));
    assert.equal((await storageGet(options, 'activePack')).pack.id, ORG_PACK.id);

    // The open popup follows without a reload: the new pack, its reason to be there, its themes.
    await popup.bringToFront();
    await untilPageShows(popup, popupPackLine(ORG_PACK, 'sourcePaste'));
    await openSection(popup, 'sectionWhy', en(ORG_PACK.guidelines.why));
    await openSection(popup, 'sectionThemes', en(ORG_PACK.strategy.themes[0].title));
  });

  repeated('a broken pack is refused with every error and its path; the pack in force stays', async () => {
    const options = await session.browser.newPage();
    await openAddonPage(options, 'options.html');
    await pastePack(options, JSON.stringify(ORG_PACK));
    await untilPageShows(options, optionsText('loaded', { name: ORG_PACK.name, version: ORG_PACK.version }));
    const before = await storageGet(options, 'activePack');
    const popup = await session.browser.newPage();
    await openAddonPage(popup, 'popup.html');
    await untilPageShows(popup, popupPackLine(ORG_PACK, 'sourcePaste'));

    const kept = optionsText('keptPack', { name: shownName(ORG_PACK), version: ORG_PACK.version });
    const expectKept = async () => {
      await untilPageShows(options, kept);
      assert.deepEqual(await storageGet(options, 'activePack'), before, 'the stored pack in force did not change');
      await untilPageShows(options, optionsInForce(ORG_PACK));
      await untilPageShows(popup, popupPackLine(ORG_PACK, 'sourcePaste'));
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

    // Valid, but one of its own tests fails: a calm question said to be off strategy. The failing
    // case is shown with what was expected and what the engine found.
    const calm = ORG_PACK.tests.find((c: { expect: string[] }) => c.expect.length === 0);
    const failing = { ...ORG_PACK, id: 'failing-test', tests: [...ORG_PACK.tests, { ...calm, expect: ['off-strategy'] }] };
    await pastePack(options, JSON.stringify(failing));
    await untilPageShows(options, optionsText('testsFailed', { count: 1 }));
    const got = `${optionsText('got')} ${optionsText('nothing')}`;
    await untilPageShows(options, `tests[${ORG_PACK.tests.length}] “${calm.text}”: ${optionsText('expected')} off-strategy, ${got}`);
    await expectKept();
  });
});
