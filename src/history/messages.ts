// The messages other surfaces send to the background, the only one that touches the database.
import type { HistoryEvent, RecordHistoryMessage } from './events';
import type { HistoryFilter } from './filter';
import type { HistorySummary } from './summary';
import type { Trend } from './aggregate';
import type { PromotionRatio } from './ratio';
import type { QuotaNote } from './history-store';
import type { ImportBatch } from './imported-store';

export type HistoryRequest =
  | RecordHistoryMessage
  | { type: 'history/query'; filter?: HistoryFilter; offset?: number; limit?: number }
  | { type: 'history/overview'; filter?: HistoryFilter }
  | { type: 'history/summary' }
  | { type: 'history/import'; events: unknown[]; /** The import's start time, shared by its messages. */ batch?: number }
  | { type: 'history/remove-import'; batch: number }
  | { type: 'history/clear' }
  | { type: 'history/prune' };

export interface QueryReply {
  ok: true;
  /** Events matching the filter. */
  total: number;
  /** The requested slice, newest first. */
  events: HistoryEvent[];
}

export interface OverviewReply {
  ok: true;
  /** All events stored. */
  stored: number;
  matching: number;
  sites: string[];
  rules: string[];
  trend: Trend;
  ratio: PromotionRatio;
  quota?: QuotaNote;
  /** Import batches stored (newest first), each removable at once. */
  imports: ImportBatch[];
}

export interface ImportReply {
  ok: true;
  added: number;
  duplicates: number;
  rejected: number;
  errors: string[];
}

export type SummaryReply = { ok: true } & HistorySummary;
export type ErrorReply = { ok: false; error: string };

export function isHistoryRequest(message: unknown): message is HistoryRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('history/');
}
