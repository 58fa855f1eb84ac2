// Finding controls as a person (or a screen reader) does: by role and name, or by label. Puppeteer's
// ARIA selectors do not work over Firefox's BiDi, so this is a small, plain-DOM version: explicit
// roles plus the implicit ones these pages use, and names from aria-label, aria-labelledby,
// <label> or the text. The markup of the pages may change; their roles and names should not.
import type { ElementHandle, Page } from 'puppeteer-core';
import { until } from './wait.ts';

export type Role = 'button' | 'tab' | 'link' | 'textbox' | 'searchbox' | 'combobox' | 'dialog' | 'alert' | 'status' | 'checkbox';

// Runs in the page. Kept as source text: tsx would wrap the named helpers in a __name() call
// that does not exist in the page.
const FIND = `(role, pattern) => {
  const implicit = {
    button: 'button, input[type=button], input[type=submit]',
    link: 'a[href]',
    textbox: 'textarea, input:not([type]), input[type=text], input[type=url], input[type=email]',
    searchbox: 'input[type=search]',
    combobox: 'select',
    checkbox: 'input[type=checkbox]',
    dialog: 'dialog',
  };
  const selector = ['[role="' + role + '"]', implicit[role]].filter(Boolean).join(', ');
  const text = (el) => (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\\s+/).map((id) => text(document.getElementById(id))).join(' ');
    if (el.labels?.length) return [...el.labels].map(text).join(' ');
    return text(el);
  };
  const ok = (n) => (pattern.exact !== undefined ? n === pattern.exact : new RegExp(pattern.source, pattern.flags).test(n));
  return [...document.querySelectorAll(selector)].find((el) => ok(nameOf(el))) ?? null;
}`;

/** The first element with this role whose accessible name matches (string: equal after trimming, or a pattern), or null. */
async function find(page: Page, role: Role, name: string | RegExp): Promise<ElementHandle<Element> | null> {
  const pattern = typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags };
  const handle = await page.evaluateHandle(`(${FIND})(${JSON.stringify(role)}, ${JSON.stringify(pattern)})`);
  return (handle.asElement() as ElementHandle<Element> | null) ?? null;
}

/** Waits for the element with this role and name and returns it. */
export async function byRole(page: Page, role: Role, name: string | RegExp, timeout = 10_000): Promise<ElementHandle<Element>> {
  const found = await until(() => find(page, role, name), (el) => el !== null, { timeout, message: `a ${role} named ${String(name)}` });
  return found!;
}

/** True when no element with this role and name is on the page now. */
export async function absent(page: Page, role: Role, name: string | RegExp): Promise<boolean> {
  return (await find(page, role, name)) === null;
}

/** Clicks the element with this role and name (a real click, through the browser's input). */
export async function clickRole(page: Page, role: Role, name: string | RegExp): Promise<void> {
  await (await byRole(page, role, name)).click();
}

/** Replaces the value of the text field with this label, as typing or pasting would. */
export async function fillField(page: Page, label: string | RegExp, value: string): Promise<void> {
  const field = await byRole(page, 'textbox', label);
  // Set the whole value at once (a pack is kilobytes of JSON) and tell the page, as a paste does.
  await field.evaluate((el: Element, v: string) => {
    const input = el as HTMLTextAreaElement;
    input.focus();
    input.value = v;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, value);
}
