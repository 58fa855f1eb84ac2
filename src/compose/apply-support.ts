// Editors where "Apply" is verified: tests/e2e/compose.spec.ts (copyAndApply) inserts or replaces text
// with a native insertText edit in each editor fixture (Draft.js, Lexical, Quill, ProseMirror,
// React textarea, plain contenteditable and textarea in a shadow root; Nov 2026) and checks the
// editor's own model. An editor kind set to false here gets "Copy" only. On every site the
// result is still re-read after applying, with Copy as the fallback (apply-fix.ts).
import type { EditorKind } from './sites';

const VERIFIED: Record<EditorKind, boolean> = {
  textarea: true,
  plain: true,
  draft: true,
  lexical: true,
  quill: true,
  prosemirror: true,
};

/** Line breaks inserted as text are dropped or kept literally by rich editors: Copy only there. */
export function canApply(editor: EditorKind, text: string): boolean {
  return editor === 'textarea' || (VERIFIED[editor] && !text.includes('\n'));
}
