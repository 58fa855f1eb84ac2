// Enterprise policy in Firefox, from a real policies.json: IT's pack is in force and locked in the
// options page (no loader, no way back to the default), the settings it fixes are locked with the
// reason shown, a value it got wrong is listed, and the popup says where the pack comes from.
// Firefox reads policies.json at start, from the distribution/ folder beside its program: each
// run starts its own Firefox from a private installation holding the test's policies.json.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../src/gecko-id.ts';
import { absent, byRole } from './by-role.ts';
import { openAddonPage, storageGet } from './extension-pages.ts';
import { firefoxWithPolicies, type PolicyInstallation } from './firefox-binary.ts';
import { freshAddonPerTest } from './addon-session.ts';
import { en, optionsInForce, optionsText, ORG_PACK, popupPackLine, welcomeText } from './packs.ts';
import { openSection } from './popup-sections.ts';
import { repeated } from './repeat.ts';
import { untilPageShows } from './wait.ts';

// As IT would write it for Firefox: the pack as a JSON object (Chrome needs a string), two fixed
// settings, and one value that is not allowed.
const POLICIES = {
  '3rdparty': {
    Extensions: {
      [GECKO_ID]: { pack: ORG_PACK, intensity: 'gentle', privacy: 'none', role: 'chief' },
    },
  },
};

/** A select's state, found by its label. */
async function select(page: Page, label: string): Promise<{ value: string; disabled: boolean }> {
  const field = await byRole(page, 'combobox', label);
  return field.evaluate((el: Element) => ({ value: (el as HTMLSelectElement).value, disabled: (el as HTMLSelectElement).disabled }));
}

describe('enterprise policy from policies.json (Firefox)', () => {
  let installation: PolicyInstallation;
  before(() => {
    installation = firefoxWithPolicies(POLICIES);
  });
  // One Firefox from the private installation for all runs: it reads policies.json as it starts,
  // and each run installs the add-on afresh (its data wiped), which then reads the policy anew.
  const session = freshAddonPerTest(() => ({ executablePath: installation.executablePath }));
  after(() => installation?.remove());

  repeated('the policy pack is in force and locked; fixed settings are locked; a wrong value is listed', async () => {
    const { browser } = session;
    const options = await browser.newPage();
    await openAddonPage(options, 'options.html');
    await untilPageShows(options, optionsText('lockedPack'));
    await untilPageShows(options, `${optionsInForce(ORG_PACK)} (${optionsText('sourceManaged')})`);
    // Nothing to load a pack with, and no way back to the default.
    assert.ok(await absent(options, 'tab', optionsText('tabPaste')), 'the pack loader is gone');
    assert.ok(await absent(options, 'tab', optionsText('tabFile')), 'the pack loader is gone');
    assert.ok(await absent(options, 'button', optionsText('resetButton')), 'no way back to the default pack');
    // The settings the policy fixes are locked, with the reason; the others are the user's.
    assert.deepEqual(await select(options, optionsText('intensityLabel')), { value: 'gentle', disabled: true });
    assert.deepEqual(await select(options, optionsText('privacyLabel')), { value: 'none', disabled: true });
    assert.deepEqual(await select(options, optionsText('roleLabel')), { value: 'employee', disabled: false });
    await untilPageShows(options, `🔒 ${optionsText('lockedSetting')}`);
    await untilPageShows(options, optionsText('policyProblems'));
    await untilPageShows(options, 'role: expected one of employee, spokesperson');
    const active = await storageGet(options, 'activePack');
    assert.equal(active.pack.id, ORG_PACK.id);
    assert.deepEqual({ kind: active.source.kind, locked: active.source.locked }, { kind: 'managed', locked: true });

    // The popup says whose guidelines these are and that IT set them, and shows them.
    const popup = await browser.newPage();
    await openAddonPage(popup, 'popup.html');
    await untilPageShows(popup, popupPackLine(ORG_PACK, 'sourceManaged'));
    await openSection(popup, 'sectionPrinciples', en(ORG_PACK.guidelines.principles[0].title));
    // The welcome page, which can load a pack too, says the pack is set and offers no loader.
    const welcome = await browser.newPage();
    await openAddonPage(welcome, 'welcome.html');
    await untilPageShows(welcome, welcomeText('packLocked'));
    assert.ok(await absent(welcome, 'tab', optionsText('tabPaste')), 'the welcome page has no pack loader');
  });
});
