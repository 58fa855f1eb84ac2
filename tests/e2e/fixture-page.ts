// Helpers for driving a fixture page from Playwright: open it and wait for the editor, read the
// editor's own model text through window.__fixture. Shared by fixtures.spec.ts, compose specs and bench.
import type { Page } from '@playwright/test';
import type { FixtureInfo } from './fixture-server.ts';

/** Open a fixture page and wait until its composer is mounted. */
export async function openFixture(page: Page, baseUrl: string, fixture: FixtureInfo): Promise<void> {
  await page.goto(new URL(fixture.path, baseUrl).href);
  await waitForComposer(page);
}

/** Wait until window.__fixture reports a mounted composer (after load, replaceBox or navigation). */
export async function waitForComposer(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const fixture = (window as unknown as { __fixture?: { ready: boolean; view: string } }).__fixture;
    return fixture?.ready === true && fixture.view === 'compose';
  });
}

/** The editor's model text (Draft/Lexical/Quill/ProseMirror state, React state, or the plain box). */
export function modelText(page: Page, index = 0): Promise<string> {
  return page.evaluate(
    (i) => (window as unknown as { __fixture: { getModelText(index: number): string } }).__fixture.getModelText(i),
    index,
  );
}

/** Call a no-argument method of window.__fixture, e.g. 'undo', 'replaceBox', 'post'. */
export function callFixture(page: Page, method: 'undo' | 'replaceBox' | 'post' | 'clear'): Promise<void> {
  return page.evaluate(async (name) => {
    const fixture = (window as unknown as { __fixture: Record<string, () => unknown> }).__fixture;
    await fixture[name]!();
  }, method);
}
