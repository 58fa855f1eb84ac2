// The coach's own styles, inside its shadow root, on the shared design tokens (light and dark
// follow the system). `all: initial` on the host keeps the site's styles out; nothing here can
// reach the page.
import { CATEGORIES } from '../../engine/labels';
import { tokenCss } from '../shared/tokens';

const categoryRules = CATEGORIES.map(
  (c) =>
    `.pc-cat-${c}{--pc-cat:var(--pc-cat-${c});}`,
).join('\n');

export const COACH_CSS = `
${tokenCss(':host')}
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646; }
* { box-sizing: border-box; }
${categoryRules}
.pc-root { font-family: var(--pc-font); font-size: var(--pc-text-sm); line-height: 1.4; color: var(--pc-fg); }
.pc-badge { position: fixed; width: 24px; height: 24px; border-radius: 12px; border: 2px solid var(--pc-bg); padding: 0;
  font: 700 12px/20px var(--pc-font); color: var(--pc-bg); text-align: center; cursor: pointer; box-shadow: 0 1px 4px var(--pc-shadow); }
.pc-badge.pc-sev-clean { background: var(--pc-sev-clean); } .pc-badge.pc-sev-info { background: var(--pc-sev-info); }
.pc-badge.pc-sev-nudge { background: var(--pc-sev-nudge); } .pc-badge.pc-sev-warning { background: var(--pc-sev-warning); }
button:focus-visible, .pc-card:focus-visible, summary:focus-visible { outline: var(--pc-focus-ring); outline-offset: 2px; }
.pc-panel:focus { outline: none; }
.pc-panel { position: fixed; overflow: auto; background: var(--pc-bg); color: var(--pc-fg); border: 1px solid var(--pc-line);
  border-radius: 12px; box-shadow: 0 10px 30px var(--pc-shadow); padding: 10px 12px; overscroll-behavior: contain; }
.pc-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 2px; }
.pc-head h2 { font-size: var(--pc-text-md); margin: 0; }
.pc-close { border: 0; background: none; font-size: 20px; line-height: 1; cursor: pointer; color: var(--pc-muted); padding: 2px 6px; border-radius: 6px; }
.pc-cards, .pc-praise ul { list-style: none; margin: 0; padding: 0; }
.pc-card { border-left: 4px solid var(--pc-cat); border-radius: 8px; background: var(--pc-surface); padding: 8px 10px; margin: 8px 0; }
.pc-card.pc-current { box-shadow: 0 0 0 2px var(--pc-cat); }
.pc-card p { margin: 3px 0; }
.pc-card-head { display: flex; align-items: center; gap: 6px; font-size: var(--pc-text-xs); color: var(--pc-muted); }
.pc-sev { font-weight: 700; border: 1px solid currentColor; border-radius: 999px; padding: 0 6px; }
.pc-sev-warning.pc-sev { color: var(--pc-sev-warning); } .pc-sev-nudge.pc-sev { color: var(--pc-sev-nudge); } .pc-sev-info.pc-sev { color: var(--pc-sev-info); }
.pc-cat-name::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--pc-cat); margin-right: 4px; }
.pc-message { font-weight: 600; font-size: var(--pc-text-sm); }
.pc-label { font-weight: 600; color: var(--pc-muted); }
.pc-why { font-size: var(--pc-text-xs); color: var(--pc-muted); margin: 2px 0; }
.pc-why summary { cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; list-style-position: inside; }
.pc-why[open] .pc-why-line { display: none; }
.pc-why blockquote { margin: 2px 0 4px; padding-left: 8px; border-left: 2px solid var(--pc-cat); font-style: italic; color: var(--pc-fg); font-size: var(--pc-text-sm); }
.pc-suggestion { font-size: var(--pc-text-sm); }
.pc-preview { margin: 6px 0 2px; font-size: var(--pc-text-xs); }
.pc-post { margin: 2px 0 0 !important; background: var(--pc-bg); border: 1px solid var(--pc-line); border-radius: 10px; padding: 6px 9px;
  white-space: pre-wrap; font-size: var(--pc-text-sm); color: var(--pc-fg); max-height: 9em; overflow: auto; }
.pc-post ins { text-decoration: none; background: color-mix(in srgb, var(--pc-sev-clean) 18%, transparent); border-radius: 3px; }
.pc-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.pc-actions button, .pc-link { font: inherit; font-size: var(--pc-text-xs); border: 1px solid var(--pc-line); background: var(--pc-bg); color: var(--pc-fg);
  border-radius: 6px; padding: 3px 9px; cursor: pointer; }
.pc-actions button.pc-primary { background: var(--pc-accent); border-color: var(--pc-accent); color: var(--pc-accent-fg); }
.pc-actions button.pc-quiet { border-color: transparent; background: transparent; color: var(--pc-muted); }
.pc-actions button:hover { border-color: var(--pc-muted); }
.pc-praise h3 { font-size: var(--pc-text-sm); margin: 8px 0 2px; color: var(--pc-sev-clean); }
.pc-praise li::before { content: "✓ "; color: var(--pc-sev-clean); }
.pc-empty { color: var(--pc-sev-clean); }
.pc-note { background: var(--pc-ok-bg); padding: 4px 8px; border-radius: 6px; font-size: var(--pc-text-xs); }
.pc-hint { font-size: var(--pc-text-xs); color: var(--pc-muted); margin: 6px 0 0; }
.pc-tip { position: fixed; pointer-events: none; background: var(--pc-bg); color: var(--pc-fg); border: 1px solid var(--pc-line);
  border-left: 4px solid var(--pc-cat); border-radius: 8px; padding: 6px 9px; box-shadow: 0 4px 16px var(--pc-shadow); font-size: var(--pc-text-sm); }
.pc-tip-hint { display: block; color: var(--pc-muted); font-size: var(--pc-text-xs); margin-top: 2px; }
.pc-overlay { position: fixed; overflow: hidden; pointer-events: none; display: none; }
.pc-mirror { position: absolute; left: 0; top: 0; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word;
  word-wrap: break-word; color: transparent; border-style: solid; border-color: transparent; box-sizing: border-box; margin: 0; }
.pc-mark { color: transparent; text-decoration: underline wavy var(--pc-cat); text-decoration-thickness: 2px; text-decoration-skip-ink: none;
  background: color-mix(in srgb, var(--pc-cat) 13%, transparent); }
`;
