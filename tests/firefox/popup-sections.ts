// The popup's guidelines come in sections that a person opens from their heading ("Principles (6)");
// what is inside a closed section is not on screen. Opened from the keyboard (focus, Enter): the
// popup's parts above the guidelines fill in as their data arrives, so a mouse click aimed at a
// heading can land where the heading was a moment before.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { PopupKey } from '../../src/ui/i18n/popup.ts';
import { popupText } from './packs.ts';
import { until, untilPageShows } from './wait.ts';

type SectionKey = Extract<PopupKey, `section${string}`>;

/** Opens the section `key` from its heading (waiting for it) and waits until `shows` is on screen. */
export async function openSection(popup: Page, key: SectionKey, shows: string): Promise<void> {
  const heading = popupText(key);
  const summary = await until(
    async () =>
      (
        await popup.evaluateHandle(
          (h: string) => [...document.querySelectorAll('details.guideline-section > summary')].find((s) => (s.textContent ?? '').trim().startsWith(`${h} (`)) ?? null,
          heading,
        )
      ).asElement() as ElementHandle<Element> | null,
    (el) => el !== null,
    { message: `the guidelines section ${heading}` },
  );
  const open = await summary!.evaluate((s: Element) => (s.parentElement as HTMLDetailsElement).open);
  if (!open) {
    await summary!.focus();
    await popup.keyboard.press('Enter');
  }
  await untilPageShows(popup, shows);
}
