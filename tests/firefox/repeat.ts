// Every Firefox test runs three times (FIREFOX_REPEAT to change), with no retries, so that a
// flaky test shows as a failure instead of hiding: each run is its own test in the report.
import { it } from 'node:test';

export const REPEAT = Math.max(1, Number(process.env.FIREFOX_REPEAT ?? 3));

/** Registers `name` REPEAT times inside the current describe(). */
export function repeated(name: string, fn: () => Promise<void>, options: { timeout?: number } = {}): void {
  for (let run = 1; run <= REPEAT; run++) {
    it(REPEAT > 1 ? `${name} (run ${run} of ${REPEAT})` : name, { timeout: options.timeout ?? 90_000 }, fn);
  }
}
