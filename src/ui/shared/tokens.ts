// The one set of design tokens for all five surfaces (in-page coach, popup, options, welcome,
// review): type scale, spacing, focus ring, colours per category and per level, light and dark.
// Pages get them as custom properties on :root, the coach on its shadow host; highlights and the
// review chart read the same category colours from here.
import type { Category, Severity } from '../../engine/types';

type Pair = { light: string; dark: string };

/** One colour per finding category: highlights, card edges, chart lines and legend. */
export const CATEGORY_COLOURS: Record<Category, Pair> = {
  'press-release': { light: '#b42318', dark: '#ff8b7e' },
  'self-promotion': { light: '#a3307a', dark: '#f291cc' },
  'off-strategy': { light: '#0b62b8', dark: '#7cb8ff' },
  broadcasting: { light: '#8a5300', dark: '#f2b45a' },
  'on-behalf': { light: '#0c7470', dark: '#5fd2c9' },
  confidential: { light: '#5d43c9', dark: '#b8a8ff' },
  custom: { light: '#4f5b67', dark: '#b3bdc8' },
};

export const SEVERITY_COLOURS: Record<Severity | 'clean', Pair> = {
  warning: { light: '#b42318', dark: '#ff8b7e' },
  nudge: { light: '#8a5300', dark: '#f2b45a' },
  info: { light: '#0b62b8', dark: '#7cb8ff' },
  clean: { light: '#1a7f37', dark: '#6fdd8b' },
};

const BASE: Record<string, Pair> = {
  fg: { light: '#1c2330', dark: '#e7eaf0' },
  muted: { light: '#586272', dark: '#a7b0bd' },
  bg: { light: '#ffffff', dark: '#15191f' },
  surface: { light: '#f4f6f9', dark: '#1f252d' },
  line: { light: '#d3d9e1', dark: '#3a434f' },
  accent: { light: '#1b6b58', dark: '#62c9ab' },
  'accent-fg': { light: '#ffffff', dark: '#0b1511' },
  focus: { light: '#1a5fd0', dark: '#8ab4ff' },
  mark: { light: '#ffe08a', dark: '#6b5200' },
  'ok-bg': { light: '#edf8f0', dark: '#14291b' },
  'warn-bg': { light: '#fdf0ee', dark: '#3a1d19' },
  shadow: { light: 'rgba(16,24,40,.18)', dark: 'rgba(0,0,0,.55)' },
};

/** Sizes in px: body text is 15, never below 12 for the smallest labels. */
const SCALE = {
  'font': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, sans-serif',
  'text-xs': '12px',
  'text-sm': '13px',
  'text-md': '15px',
  'text-lg': '17px',
  'text-xl': '21px',
  'leading': '1.45',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-6': '24px',
  'radius': '8px',
  'radius-sm': '6px',
  'focus-ring': '2px solid var(--pc-focus)',
};

function colourVars(scheme: 'light' | 'dark'): string {
  const lines: string[] = [];
  for (const [name, pair] of Object.entries(BASE)) lines.push(`--pc-${name}:${pair[scheme]};`);
  for (const [name, pair] of Object.entries(CATEGORY_COLOURS)) lines.push(`--pc-cat-${name}:${pair[scheme]};`);
  for (const [name, pair] of Object.entries(SEVERITY_COLOURS)) lines.push(`--pc-sev-${name}:${pair[scheme]};`);
  return lines.join('');
}

/** The tokens as CSS custom properties on `scope` (':root' for pages, ':host' for the coach). */
export function tokenCss(scope: string): string {
  const scale = Object.entries(SCALE).map(([k, v]) => `--pc-${k}:${v};`).join('');
  return (
    `${scope}{color-scheme:light dark;${scale}${colourVars('light')}}\n` +
    `@media (prefers-color-scheme: dark){${scope}{${colourVars('dark')}}}\n`
  );
}

/**
 * Puts the tokens first in the page's <head>, and sets the font size on body: Chromium's own
 * extension-page sheet sets `body { font-size: 75% }`, which a size on :root does not undo.
 */
export function applyPageTokens(doc: Document = document): void {
  if (doc.getElementById('pc-tokens')) return;
  const style = doc.createElement('style');
  style.id = 'pc-tokens';
  style.textContent =
    tokenCss(':root') +
    'body{font-family:var(--pc-font);font-size:var(--pc-text-md);line-height:var(--pc-leading);color:var(--pc-fg);background:var(--pc-bg);}';
  doc.head.prepend(style);
}

/** The category's colour for one scheme (SVG attributes and the page's ::highlight sheet). */
export function categoryColour(category: string, scheme: 'light' | 'dark' = 'light'): string {
  return (CATEGORY_COLOURS[category as Category] ?? CATEGORY_COLOURS.custom)[scheme];
}

/** Order of stakes among categories: the specific card before the generic one. */
export const CATEGORY_PRECEDENCE: readonly Category[] = [
  'confidential',
  'on-behalf',
  'press-release',
  'self-promotion',
  'off-strategy',
  'broadcasting',
  'custom',
];
