// Editors where "Apply" was verified in the e2e tests (tests/e2e/compose-apply.spec.ts):
// a native insertText edit lands in the editor's own model there. Elsewhere only "Copy".
import type { EditorKind } from './sites';

const VERIFIED: Record<EditorKind, boolean> = {
  textarea: true,
  plain: true,
  draft: false,
  lexical: false,
  quill: false,
  prosemirror: false,
};

export function canApply(box: HTMLElement, editor: EditorKind | undefined): boolean {
  if (box instanceof HTMLTextAreaElement) return true;
  return VERIFIED[editor ?? 'plain'];
}
