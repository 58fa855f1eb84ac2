// Shared by the popup, options, managed and i18n specs: a known-good pack, pages, and storage reads.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { loadPack } from '../../src/coach-engine';
import { expect } from './extension';

type Json = Record<string, any>;

/** A pack written for these tests: guidelines in both languages and a test that passes. */
export const TEST_PACK: Json = {
  format: 1,
  id: 'testorg',
  name: 'Testorganisatie',
  version: '2026.1.0',
  languages: ['nl', 'en'],
  guidelines: {
    why: { nl: 'We luisteren naar inwoners en praten met ze.', en: 'We listen to residents and talk with them.' },
    principles: [
      { id: 'dialogue', title: { nl: 'Gesprek boven zenden', en: 'Conversation over broadcasting' }, text: { nl: 'Stel een echte vraag.', en: 'Ask a real question.' } },
    ],
    do: [{ nl: 'Bedank mensen bij naam', en: 'Thank people by name' }],
    dont: [{ nl: 'Geen persberichten plakken', en: 'Do not paste press releases' }],
    spokespeople: { nl: 'Alleen de woordvoerder spreekt over rechtszaken.', en: 'Only the spokesperson speaks about court cases.' },
    contact: { nl: 'Vraag het team communicatie: comms@test.example', en: 'Ask the communication team: comms@test.example' },
  },
  strategy: {
    themes: [{ id: 'groen', title: { nl: 'Groene wijken', en: 'Green neighbourhoods' }, description: { nl: 'Bomen en parken.', en: 'Trees and parks.' }, keywords: { nl: ['park', 'bomen'], en: ['park', 'trees'] } }],
    reserved: [{ id: 'rechtszaken', title: { nl: 'Rechtszaken', en: 'Court cases' }, keywords: { nl: ['rechtszaak'], en: ['lawsuit'] } }],
  },
  custom: [{ id: 'geen-jargon', kind: 'terms', lang: 'nl', terms: ['synergie'], severity: 'nudge', message: { nl: 'Vermijd jargon.', en: 'Avoid jargon.' } }],
  tests: [{ text: 'Wat een synergie vandaag in het park!', lang: 'nl', expect: ['geen-jargon'] }],
};

/** The first principle title of packs/gemeente-dalzicht.json once it has guidelines, else the test pack. */
/** The Dutch example organisation's pack when it loads and has guidelines to show, else TEST_PACK. */
export function goodPack(): Json {
  try {
    const text = readFileSync('packs/gemeente-dalzicht.json', 'utf8');
    const result = loadPack(text);
    const g = result.ok ? result.pack.guidelines : undefined;
    if (result.ok && g?.why && g.principles?.length && result.pack.strategy?.themes?.length) return JSON.parse(text) as Json;
  } catch {
    // fall back to the test pack
  }
  return TEST_PACK;
}

export function pick(text: unknown, lang: string): string {
  if (typeof text === 'string') return text;
  const byLang = text as Record<string, string>;
  return byLang[lang] ?? Object.values(byLang)[0] ?? '';
}

export async function storageGet(sw: Worker, key: string): Promise<any> {
  return sw.evaluate(async (k) => (await (globalThis as any).chrome.storage.local.get(k))[k], key);
}

export async function storageSet(sw: Worker, values: Json): Promise<void> {
  await sw.evaluate(async (v) => (globalThis as any).chrome.storage.local.set(v), values);
}

export async function setUiLang(sw: Worker, lang: 'nl' | 'en'): Promise<void> {
  const settings = (await storageGet(sw, 'settings')) ?? {};
  await storageSet(sw, { settings: { ...settings, uiLang: lang } });
}

export async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('options-pack-in-force')).toBeVisible();
}

/** Pastes pack JSON into the options page's loader and submits it. */
export async function pastePack(page: Page, text: string): Promise<void> {
  await page.getByRole('tab', { name: /Paste JSON|JSON plakken/ }).click();
  await page.locator('#pack-paste').fill(text);
  await page.getByRole('button', { name: /Load pasted pack|Geplakt pakket laden/ }).click();
  await expect(page.getByTestId('load-outcome')).toBeVisible();
}
