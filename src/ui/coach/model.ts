// What the coach UI renders: plain data plus callbacks, no rules and no DOM of the page.
import type { Category, Severity } from '../../engine/types';
import { CATEGORY_PRECEDENCE } from '../shared/tokens';
import type { Rect } from './place';

export interface CardModel {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  why: string;
  suggestion?: string;
  /** Text the user can copy (and apply, where verified). */
  replacement?: string;
  /** The post as it would read with the replacement: a short context around the change. */
  preview?: { before: string; inserted: string; after: string };
  canApply: boolean;
}

export interface BoxView {
  id: number;
  /** The box's rectangle in viewport pixels (where the post's text is). */
  box: Rect;
  /** The site's controls around the box (Post button, counter): never covered. */
  avoid: Rect[];
  visible: boolean;
  cards: CardModel[];
  praise: string[];
  open: boolean;
  /** The card to bring forward when the panel opens (a clicked highlight). */
  focusRule?: string;
  /** The panel was opened from a click in the text: focus stays in the editor. */
  keepFocus?: boolean;
  /** A highlight under the pointer: its card's one line, shown next to it. */
  hover?: { rule: string; message: string; category: Category; rect: Rect };
  /** A short feedback line after an action (copied, applied, …). */
  note?: string;
  /** The card just set aside with "Got it", which can still be brought back. */
  undoRule?: string;
  /** That card's message, to say what was set aside. */
  undoText?: string;
}

export interface CoachActions {
  toggle(id: number): void;
  close(id: number): void;
  acknowledge(id: number, rule: string): void;
  undoAcknowledge(id: number, rule: string): void;
  dismiss(id: number, rule: string): void;
  copy(id: number, rule: string): void;
  apply(id: number, rule: string): void;
}

const RANK: Record<Severity, number> = { info: 0, nudge: 1, warning: 2 };

export function strongest(cards: readonly CardModel[]): Severity | undefined {
  return cards.reduce<Severity | undefined>((top, c) => (!top || RANK[c.severity] > RANK[top] ? c.severity : top), undefined);
}

/** Cards by stakes: warnings first, then the specific before the generic (a pasted press release before a one-way announcement). */
export function orderCards<T extends { severity: Severity; category: Category }>(cards: readonly T[]): T[] {
  const at = (c: Category) => {
    const i = CATEGORY_PRECEDENCE.indexOf(c);
    return i < 0 ? CATEGORY_PRECEDENCE.length : i;
  };
  return [...cards].sort((a, b) => RANK[b.severity] - RANK[a.severity] || at(a.category) - at(b.category));
}
