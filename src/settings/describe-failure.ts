// One-line English descriptions of pack failures, for logs and the background's status records
// (the pages show their own translated texts where they can).
import type { FetchFailure } from './fetch-pack';
import type { LoadResult } from '../engine/pack/load';

export function describeFetchFailure(failure: FetchFailure): string {
  switch (failure.kind) {
    case 'url':
      return `the URL is not allowed (${failure.reason})`;
    case 'timeout':
      return `no answer within ${Math.round(failure.ms / 1000)} s`;
    case 'too-big':
      return `larger than ${Math.round(failure.limit / 1000)} kB`;
    case 'status':
      return `HTTP status ${failure.status}`;
    case 'network':
      return `network error: ${failure.detail}`;
    case 'redirect':
      return `redirected to an address that is not allowed (${failure.to})`;
  }
}

/** loadPack lists a failing test among the errors too, with its path, so the errors say it all. */
export function describeLoadFailure(failure: Extract<LoadResult, { ok: false }>, max = 5): string {
  const lines = failure.errors.map((e) => `${e.path}: ${e.message}`);
  const shown = lines.slice(0, max).join('; ');
  return lines.length > max ? `${shown}; and ${lines.length - max} more` : shown;
}
