// Putting a suggested text into the editor the way a person would (a native insertText edit,
// so the editor's own model and undo stack follow), then checking the editor really holds it.
import type { Replacement } from '../engine/types';
import { readBox, type BoxText } from './read-text';
import { spanToRange } from './span-range';

const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
const normal = (s: string) => s.replace(/\s+$/g, '');

/** Returns true when the editor's text afterwards is exactly the expected one. */
export async function applyReplacement(box: HTMLElement, before: BoxText, change: Replacement): Promise<boolean> {
  const { start, end } = change.span;
  const expected = before.text.slice(0, start) + change.text + before.text.slice(end);
  box.focus();
  if (box instanceof HTMLTextAreaElement) {
    box.setSelectionRange(start, end);
    if (!document.execCommand('insertText', false, change.text) || box.value !== expected) return false;
  } else {
    const range = start === end ? caretRange(before, start) : spanToRange(before.segments, change.span);
    const selection = (box.getRootNode() as Document | ShadowRoot & { getSelection?: () => Selection }).getSelection?.() ?? getSelection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    if (!document.execCommand('insertText', false, change.text)) return false;
  }
  await settle();
  return normal(readBox(box).text) === normal(expected);
}

function caretRange(before: BoxText, at: number): Range | undefined {
  const seg = [...before.segments].reverse().find((s) => s.start <= at);
  if (!seg) return undefined;
  const range = document.createRange();
  range.setStart(seg.node, Math.min(seg.node.length, at - seg.start));
  return range;
}

/** Copies text for the user to paste; our own button click is the user gesture. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
