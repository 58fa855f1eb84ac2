// Where the caret is, as an offset in the text the coach read: the textarea's selection, or the
// selection's focus node mapped through the read segments. Read-only.
import type { BoxText } from './read-text';

export function caretOffset(box: HTMLElement, read: BoxText): number | undefined {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.selectionEnd ?? undefined;
  const root = box.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  const selection = ('getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : null) ?? document.getSelection();
  const node = selection?.focusNode;
  if (!node || !box.contains(node)) return undefined;
  const segment = read.segments.find((s) => s.node === node);
  return segment ? segment.start + (selection?.focusOffset ?? 0) : undefined;
}
