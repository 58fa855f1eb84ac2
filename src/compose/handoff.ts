// The loader (content script, small) and the coach (injected on demand, large) share one
// isolated world; the coach leaves its entry point on the global object under this name.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const COACH_GLOBAL = '__postingCoach';
/** Message asking the background to inject the coach into the sender's frame. */
export const LOAD_COACH = 'coach/load';

export interface CoachApi {
  /** Starts coaching a compose box (idempotent). */
  attach(box: HTMLElement): void;
}

export type StartCoach = (ctx: ContentScriptContext) => CoachApi | Promise<CoachApi>;

type CoachGlobal = typeof globalThis & { [COACH_GLOBAL]?: StartCoach };

export function publishCoach(start: StartCoach): void {
  (globalThis as CoachGlobal)[COACH_GLOBAL] = start;
}

export function publishedCoach(): StartCoach | undefined {
  return (globalThis as CoachGlobal)[COACH_GLOBAL];
}

const TYPED_GLOBAL = '__postingCoachTyped';
type TypedGlobal = typeof globalThis & { [TYPED_GLOBAL]?: WeakSet<HTMLElement> };

/** Boxes that received trusted user input, shared by the loader and the coach (one isolated world). */
export function typedBoxes(): WeakSet<HTMLElement> {
  return ((globalThis as TypedGlobal)[TYPED_GLOBAL] ??= new WeakSet());
}
