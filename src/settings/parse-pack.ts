// Turns pack JSON text (from a file, a paste, a URL or a policy) into a checked pack, with
// every problem listed. Validation itself is the engine's loadPack; this adds the JSON step.
import { loadPack } from '../engine/pack/load';

export type PackLoad = ReturnType<typeof loadPack>;
export type PackLoadFailure = Extract<PackLoad, { ok: false }>;

/** Path used for problems with the text itself rather than a field. */
export const JSON_PATH = '(JSON)';

export function parsePackText(text: string): PackLoad {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: JSON_PATH, message: describeJsonError(text, detail) }], testFailures: [] };
  }
  return loadPack(json);
}

export function parsePackValue(value: string | object): PackLoad {
  return typeof value === 'string' ? parsePackText(value) : loadPack(value);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Adds a line and column when the engine only gives a character position. */
function describeJsonError(text: string, detail: string): string {
  if (/line \d+/i.test(detail)) return detail;
  const at = /position (\d+)/.exec(detail);
  if (!at) return detail;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${detail} (line ${line}, column ${column})`;
}
