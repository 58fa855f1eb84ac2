// Right after a pack (or a draft) is loaded, the options page shows what each theme, subject and
// custom rule matches on: the pack's own keywords, the words the coach draws from its texts, the
// common words of the subject families a subject speaks of, and which keywords the themes share.
import { expect, test } from './extension';
import { openOptions, pastePack, setUiLang, TEST_PACK } from './options-helpers';
import type { Page } from '@playwright/test';

const PACK = {
  ...TEST_PACK,
  id: 'matches',
  strategy: {
    themes: [
      {
        id: 'groen',
        title: { nl: 'Groene wijken', en: 'Green neighbourhoods' },
        // "geveltuinen" and "hedgehogs" are no keywords: the coach draws them from the description.
        description: { nl: 'Bomen, plantsoenen en geveltuinen in elke straat.', en: 'Trees, verges and hedgehogs in every street.' },
        keywords: { nl: ['park', 'bomen'], en: ['park', 'trees'] },
      },
    ],
    reserved: [{ id: 'rechtszaken', title: { nl: 'Rechtszaken', en: 'Court cases' }, description: { nl: 'Bezwaren en vonnissen.', en: 'Appeals and verdicts.' }, keywords: { nl: ['rechtszaak'], en: ['lawsuit', 'parking'] } }],
  },
  custom: [
    ...TEST_PACK.custom,
    { id: 'zaaknummer', kind: 'pattern', pattern: 'ZK-\\d{4}', message: { nl: 'Geen zaaknummers.', en: 'No case numbers.' }, examples: { fire: ['Zie zk-1234 voor meer.'] } },
  ],
};

/** Opens a part of the overview from the keyboard, as someone without a mouse would. */
async function openWithKeyboard(page: Page, scope: ReturnType<Page['getByTestId']>, name: RegExp) {
  const summary = scope.locator('summary', { hasText: name });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
  return summary.locator('xpath=..');
}

test('after loading, a person sees what each theme, subject and rule matches on (English)', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await pastePack(page, JSON.stringify(PACK));
  const matches = page.getByTestId('pack-preview').getByTestId('pack-matches');
  await expect(matches).toContainText('What it matches on');
  const theme = matches.locator('[data-match="theme:groen"]');
  // Closed at first: the words show only once it is opened.
  await expect(theme.getByText('hedgehogs', { exact: true })).toBeHidden();
  await openWithKeyboard(page, matches, /Green neighbourhoods/);
  await expect(theme.locator('.chips li', { hasText: /^trees$/ })).toBeVisible();
  await expect(theme.locator('.chips li', { hasText: /^hedgehogs$/ })).toBeVisible();

  const subject = await openWithKeyboard(page, matches, /Court cases/);
  await expect(subject).toContainText('for spokespeople only');
  await expect(subject.locator('.chips li', { hasText: /^lawsuit$/ })).toBeVisible();
  // The pack wrote one keyword; the coach knows the common words for a legal case too, and says so.
  await expect(subject).toContainText('It speaks of legal cases, so any one of these common words names it too');
  await expect(subject.locator('.chips li', { hasText: /^tribunal$/ })).toBeVisible();
  // "parking" stems like the theme's keyword "park": the page says when it names the subject alone.
  await expect(subject.locator('[data-shared-terms]')).toContainText('Your themes use “parking” too');

  const rule = await openWithKeyboard(page, matches, /No case numbers/);
  await expect(rule.locator('code')).toHaveText('ZK-\\d{4}');
  await expect(rule.locator('.chips li', { hasText: /^zk-1234$/ })).toBeVisible();
  const terms = await openWithKeyboard(page, matches, /Avoid jargon/);
  await expect(terms.locator('.chips li', { hasText: /^synergie$/ })).toBeVisible();
});

test('a draft pack in the playground shows what it matches on, in Dutch, before it is in force', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'nl');
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await page.getByLabel('een conceptpakket').check();
  await page.locator('#play-draft').fill(JSON.stringify(PACK));
  const playground = page.locator('.playground');
  const matches = playground.getByTestId('pack-matches');
  await expect(matches).toContainText('Waar het op let');
  const theme = await openWithKeyboard(page, matches, /Groene wijken/);
  await expect(theme).toContainText('Trefwoorden');
  await expect(theme.locator('.chips li', { hasText: /^bomen$/ })).toBeVisible();
  await expect(theme.locator('.chips li', { hasText: /^geveltuinen$/ })).toBeVisible();
  // The pack in force did not change: the preview above still shows the default pack.
  await expect(page.getByTestId('pack-preview').locator('[data-match="theme:groen"]')).toHaveCount(0);
});
