// The nudge-history event model, shared by the content script (producer), the background
// (the only writer) and the review page (reader).
import type { Category, DetectedLang, Severity } from '../engine/types';

export type Outcome =
  | 'shown' // a nudge appeared
  | 'acknowledged' // "Got it"
  | 'fixed' // the nudge went away because the post was edited
  | 'dismissed' // "Not relevant here"
  | 'posted-open' // the post went out with this nudge still open
  | 'posted-clean'; // a post went out with no nudge open (rule/category empty)

export const OUTCOMES: readonly Outcome[] = ['shown', 'acknowledged', 'fixed', 'dismissed', 'posted-open', 'posted-clean'];

export type Privacy = 'none' | 'excerpt' | 'text';

export interface HistoryEvent {
  /** Unique id made by the producer, so that retries and imports never count an event twice. */
  id: string;
  /** Milliseconds since the epoch. */
  time: number;
  site: string;
  /** Empty for 'posted-clean'. */
  rule: string;
  category: Category | '';
  severity: Severity | '';
  packId: string;
  packVersion: string;
  lang: DetectedLang;
  outcome: Outcome;
  /** Groups the events of one compose session (one post being written). */
  postId: string;
  /** Present only when the privacy level allows it. */
  excerpt?: string;
  text?: string;
  /** Set by the writer on imported events: the import batch (its start time). Never sent by producers. */
  imported?: number;
}

/** Messages the content script sends to the background. */
export interface RecordHistoryMessage {
  type: 'history/record';
  events: HistoryEvent[];
}
