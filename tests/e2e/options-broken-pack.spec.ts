import { expect, test } from './extension';
import { goodPack, openOptions, pastePack, setUiLang, storageGet, TEST_PACK } from './options-helpers';

// Each broken pack must be refused with its problems listed by path, and change nothing.
test('broken packs are refused with every error and its path; the pack in force stays', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const good = goodPack();
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(good));
  await expect(options.getByTestId('load-outcome')).toContainText('Loaded');
  const before = await storageGet(serviceWorker, 'activePack');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('pack-in-force')).toContainText(good.name);

  const expectRefused = async () => {
    const outcome = options.getByTestId('load-outcome');
    await expect(outcome).toHaveAttribute('role', 'alert');
    await expect(options.getByTestId('kept-pack')).toContainText(`The pack in force stays: “${good.name}” ${good.version}`);
    expect(await storageGet(serviceWorker, 'activePack')).toEqual(before);
    await expect(popup.getByTestId('pack-in-force')).toContainText(good.name);
    await expect(options.getByTestId('options-pack-in-force')).toContainText(good.name);
  };

  // 1. Not JSON at all.
  await pastePack(options, '{ "format": 1, "id": "broken", ');
  await expect(options.getByTestId('pack-errors')).toContainText(/JSON/);
  await expectRefused();

  // 2. Two wrong fields: both are listed, each with its path.
  const wrong = {
    ...good,
    id: 'wrong-fields',
    languages: 'nl',
    strategy: { themes: [{ id: 'groen', title: 42 }] },
  };
  await pastePack(options, JSON.stringify(wrong));
  const errors = options.getByTestId('pack-errors');
  await expect(errors.locator('code', { hasText: /^languages$/ })).toHaveCount(1);
  await expect(errors.locator('code', { hasText: 'strategy.themes[0].title' })).toHaveCount(1);
  await expectRefused();

  // 3. A principle without an id: the rules that quote it fail too, shown once under the cause.
  const firstPrinciple = (good.guidelines?.principles ?? [])[0] ?? {};
  const { id: _dropped, ...noId } = firstPrinciple;
  const rootCause = {
    ...good,
    id: 'root-cause',
    languages: 'nl',
    guidelines: { ...good.guidelines, principles: [noId, ...(good.guidelines?.principles ?? []).slice(1)] },
    rules: { broadcasting: { principle: firstPrinciple.id }, 'self-promotion': { principle: firstPrinciple.id } },
  };
  await pastePack(options, JSON.stringify(rootCause));
  const grouped = options.getByTestId('pack-errors');
  // Two root causes (the principle, the languages), not four problems side by side.
  await expect(options.getByTestId('load-outcome')).toContainText('because of 2 problems');
  const cause = grouped.locator(':scope > li').first();
  await expect(cause.locator(':scope > code')).toHaveText('guidelines.principles[0].id');
  const also = cause.getByTestId('error-consequences');
  await expect(also).toContainText('This also breaks:');
  // The pack's own custom rules that quote the principle break with it too.
  const quoting = (good.custom ?? []).flatMap((r: any, i: number) => (r.principle === firstPrinciple.id ? [`custom[${i}].principle`] : []));
  await expect(also.locator('code')).toHaveText(['rules.broadcasting.principle', 'rules.self-promotion.principle', ...quoting]);
  await expect(grouped.locator(':scope > li').nth(1).locator(':scope > code')).toHaveText('languages');
  await expectRefused();

  // 4. Valid, but one of its own tests fails: the failing case is shown.
  const failing = {
    ...good,
    id: 'failing-test',
    custom: [{ id: 'geen-jargon', kind: 'terms', lang: 'nl', terms: ['synergie'], severity: 'nudge', message: 'Vermijd jargon.' }],
    tests: [
      { text: 'Wat een synergie vandaag!', lang: 'nl', expect: ['geen-jargon'] },
      { text: 'Een gewone zin over het weer.', lang: 'nl', expect: ['geen-jargon'] },
    ],
  };
  await pastePack(options, JSON.stringify(failing));
  const failures = options.getByTestId('test-failures');
  await expect(failures.locator('li')).toHaveCount(1);
  await expect(failures).toContainText('tests[1]');
  await expect(failures).toContainText('Een gewone zin over het weer.');
  await expect(failures).toContainText('expected geen-jargon');
  await expectRefused();
});

test('the playground shows live findings with the flagged words marked', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(TEST_PACK));
  const text = options.getByLabel('Post text');
  await text.fill('Wat een synergie vandaag!');
  const findings = options.getByTestId('play-findings');
  await expect(findings.locator('[data-rule="geen-jargon"]')).toBeVisible();
  await expect(options.getByTestId('play-marked').locator('mark')).toContainText(['synergie']);
  await text.fill('');
  await expect(findings).toContainText('Type a post to see the findings.');
});

test('the pack tests can be run from the options page', async ({ context, extensionId, serviceWorker }) => {
  await setUiLang(serviceWorker, 'en');
  const pack = goodPack();
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await pastePack(options, JSON.stringify(pack));
  await options.getByRole('button', { name: 'Run the pack’s tests' }).click();
  // The pack's tests and its custom rules' examples run together.
  const examples = (pack.custom ?? []).reduce((n: number, r: any) => n + (r.examples?.fire?.length ?? 0) + (r.examples?.pass?.length ?? 0), 0);
  await expect(options.getByTestId('pack-tests')).toContainText(`All ${pack.tests.length + examples} tests pass.`);
});
