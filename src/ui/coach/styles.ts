// The coach's own styles, inside its shadow root. `all: initial` on the host keeps the site's
// styles out; nothing here can reach the page.
export const COACH_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646; }
* { box-sizing: border-box; }
.pc-root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
.pc-badge { position: fixed; width: 24px; height: 24px; border-radius: 12px; border: 2px solid #fff; padding: 0;
  font: 700 12px/20px system-ui, sans-serif; color: #fff; text-align: center; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0,0,0,.35); }
.pc-badge:focus-visible, .pc-panel button:focus-visible, .pc-panel:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.pc-clean { background: #2e7d32; } .pc-info { background: #1565c0; } .pc-nudge { background: #b26200; } .pc-warning { background: #c62828; }
.pc-panel { position: fixed; max-height: min(70vh, 520px); overflow: auto; background: #fff; border: 1px solid #d0d0d7;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 12px 14px; }
.pc-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
.pc-head h2 { font-size: 15px; margin: 0; }
.pc-close { border: 0; background: none; font-size: 20px; line-height: 1; cursor: pointer; color: #444; padding: 2px 6px; }
.pc-cards, .pc-praise ul { list-style: none; margin: 0; padding: 0; }
.pc-card { border-left: 4px solid; border-radius: 6px; background: #f7f7f9; padding: 8px 10px; margin: 8px 0; }
.pc-card.pc-info { border-color: #1565c0; } .pc-card.pc-nudge { border-color: #b26200; } .pc-card.pc-warning { border-color: #c62828; }
.pc-card p { margin: 4px 0; }
.pc-severity { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.pc-message { font-weight: 600; }
.pc-label { font-weight: 600; font-size: 12px; color: #444; }
.pc-why blockquote { margin: 2px 0 4px; padding-left: 8px; border-left: 2px solid #bbb; font-style: italic; color: #333; }
.pc-replacement { font-family: ui-monospace, monospace; background: #fff; border: 1px dashed #bbb; padding: 4px 6px; white-space: pre-wrap; }
.pc-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.pc-actions button { font: inherit; font-size: 13px; border: 1px solid #b8b8c2; background: #fff; color: #1d1d1f; border-radius: 6px; padding: 3px 9px; cursor: pointer; }
.pc-actions button:hover { background: #eef; }
.pc-praise h3 { font-size: 13px; margin: 10px 0 4px; color: #2e7d32; }
.pc-praise li::before { content: "✓ "; color: #2e7d32; }
.pc-empty, .pc-note { color: #2e4d2e; } .pc-note { background: #eef6ee; padding: 4px 8px; border-radius: 6px; }
.pc-hint { font-size: 11px; color: #666; margin: 8px 0 0; }
.pc-overlay { position: fixed; overflow: hidden; pointer-events: none; display: none; }
.pc-mirror { position: absolute; left: 0; top: 0; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word;
  word-wrap: break-word; color: transparent; border-style: solid; border-color: transparent; box-sizing: border-box; margin: 0; }
.pc-mark { color: transparent; text-decoration: underline wavy; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
.pc-mark.pc-info { background: #1565c01f; text-decoration-color: #1565c0; }
.pc-mark.pc-nudge { background: #c777001f; text-decoration-color: #c77700; }
.pc-mark.pc-warning { background: #c628281f; text-decoration-color: #c62828; }
`;
