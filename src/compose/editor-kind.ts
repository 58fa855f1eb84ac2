// Which editor library drives a box, read from the markup each library leaves on its root.
import type { EditorKind } from './sites';

export function editorKindOf(box: HTMLElement, fallback: EditorKind | undefined): EditorKind {
  if (box instanceof HTMLTextAreaElement) return 'textarea';
  if (box.hasAttribute('data-lexical-editor')) return 'lexical';
  if (box.classList.contains('ProseMirror')) return 'prosemirror';
  if (box.classList.contains('ql-editor')) return 'quill';
  if (box.classList.contains('public-DraftEditor-content') || box.querySelector(':scope > [data-contents]')) return 'draft';
  return fallback ?? 'plain';
}
