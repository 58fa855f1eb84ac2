// The content side's way to hand events to the background. A batch counts as written only
// when the background acknowledges it; otherwise it is sent again with the same ids (the
// store ignores ids it already has), with growing pauses, e.g. while the service worker restarts.
import { browser } from 'wxt/browser';
import type { HistoryEvent, RecordHistoryMessage } from './events';

export interface SendOptions {
  attempts?: number;
  /** First pause in ms; doubles after each failure, capped at maxDelay. */
  delay?: number;
  maxDelay?: number;
  /** Replaceable for tests. */
  send?: (message: unknown) => Promise<unknown>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a message until the background replies {ok:true}. Resolves with that reply, or null after the last attempt. */
export async function sendUntilAcknowledged<R extends { ok: boolean }>(message: unknown, options: SendOptions = {}): Promise<R | null> {
  const { attempts = 8, delay = 150, maxDelay = 4000, send = (m) => browser.runtime.sendMessage(m) } = options;
  let pause = delay;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const reply = (await send(message)) as R | undefined;
      if (reply && reply.ok === true) return reply;
    } catch {
      // The worker was stopped or is starting: try again after a pause.
    }
    if (attempt < attempts) {
      await sleep(pause);
      pause = Math.min(pause * 2, maxDelay);
    }
  }
  return null;
}

/** Records events in the history. Resolves true once they are stored (or were already). */
export async function sendHistory(events: HistoryEvent[], options?: SendOptions): Promise<boolean> {
  if (events.length === 0) return true;
  const message: RecordHistoryMessage = { type: 'history/record', events };
  return (await sendUntilAcknowledged(message, options)) !== null;
}
