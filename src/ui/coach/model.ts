// What the coach UI renders: plain data plus callbacks, no rules and no DOM of the page.
import type { Severity } from '../../engine/types';

export interface CardModel {
  rule: string;
  severity: Severity;
  message: string;
  why: string;
  suggestion?: string;
  /** Text the user can copy (and apply, where verified). */
  replacement?: string;
  canApply: boolean;
}

export interface BoxView {
  id: number;
  /** The box's corner in viewport pixels. */
  anchor: { right: number; bottom: number; top: number };
  visible: boolean;
  cards: CardModel[];
  praise: string[];
  open: boolean;
  /** A short feedback line after an action (copied, applied, …). */
  note?: string;
}

export interface CoachActions {
  toggle(id: number): void;
  close(id: number): void;
  acknowledge(id: number, rule: string): void;
  dismiss(id: number, rule: string): void;
  copy(id: number, rule: string): void;
  apply(id: number, rule: string): void;
}

const RANK: Record<Severity, number> = { info: 0, nudge: 1, warning: 2 };

export function strongest(cards: readonly CardModel[]): Severity | undefined {
  return cards.reduce<Severity | undefined>((top, c) => (!top || RANK[c.severity] > RANK[top] ? c.severity : top), undefined);
}
