// The coach UI's passing state per session (hovered highlight, card to bring forward, the card
// that "Got it" set aside): kept beside the session, not in it, as it is only about drawing.
import type { Category } from '../engine/types';
import type { Rect } from '../ui/coach/place';

export interface UiState {
  hover?: { rule: string; category: Category; rect: Rect };
  focusRule?: string;
  /** Opened by a click in the text: the caret stays where the writer put it. */
  keepFocus?: boolean;
  undoRule?: string;
  undoText?: string;
}

const states = new WeakMap<object, UiState>();

export function uiStateOf(session: object): UiState {
  let s = states.get(session);
  if (!s) states.set(session, (s = {}));
  return s;
}
