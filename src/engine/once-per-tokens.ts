// Several readers ask for the same piece of work on one sentence in one analysis (the signal
// extraction, the dialogue assessment, the self-promotion assessment, each strategy subject's
// matcher). A sentence's tokens array lives for one analysis, so the work is kept beside it in a
// WeakMap and goes when the analysis does. Results are shared: callers treat them as read-only.
import type { Token } from './text';

/**
 * A cache for one kind of work: `get(tokens, key, make)` runs `make` once per tokens array and
 * key (the key holds whatever else the work depends on, such as the language or the offset).
 */
export function oncePerTokens<T>(): (tokens: readonly Token[], key: string, make: () => T) => T {
  const seen = new WeakMap<readonly Token[], { key: string; value: T }>();
  return (tokens, key, make) => {
    const known = seen.get(tokens);
    if (known && known.key === key) return known.value;
    const value = make();
    seen.set(tokens, { key, value });
    return value;
  };
}
