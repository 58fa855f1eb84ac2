// A deterministic count of the engine's work, in steps rather than milliseconds, so that a
// decision made on it (refuse a pack that is too costly) comes out the same on every machine and
// a test can check that work grows linearly with the text. Scanners and matchers add what they
// do; nothing is counted unless someone is measuring.

interface Meter {
  steps: number;
}

let current: Meter | undefined;

/** Adds `n` steps to the measurement in progress, if any. */
export function tick(n: number): void {
  if (current) current.steps += n;
}

/** Runs `fn` and returns its result with the steps it took (nested measurements add up). */
export function measureWork<T>(fn: () => T): { value: T; steps: number } {
  const outer = current;
  const meter: Meter = { steps: 0 };
  current = meter;
  try {
    const value = fn();
    return { value, steps: meter.steps };
  } finally {
    current = outer;
    if (outer) outer.steps += meter.steps;
  }
}
