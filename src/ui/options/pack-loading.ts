// Loading a pack from the options or welcome page: parse, validate, run its tests, and only
// then put it in force. Any failure leaves the pack in force as it was.
import type { Pack } from '../../engine/pack/types';
import { fetchPackText, type FetchFailure } from '../../settings/fetch-pack';
import { installPack } from '../../settings/install-pack';
import { parsePackText, type PackLoadFailure } from '../../settings/parse-pack';
import type { PackSource } from '../../settings/store';

export type LoadOutcome =
  | { kind: 'installed'; pack: Pack }
  | { kind: 'invalid'; errors: PackLoadFailure['errors']; testFailures: PackLoadFailure['testFailures'] }
  | { kind: 'fetch'; failure: FetchFailure }
  | { kind: 'locked' }
  | { kind: 'file-read' };

export async function loadFromText(text: string, source: Omit<PackSource, 'loadedAt'>): Promise<LoadOutcome> {
  const result = parsePackText(text);
  if (!result.ok) return { kind: 'invalid', errors: result.errors, testFailures: result.testFailures };
  const installed = await installPack({ pack: result.pack, source: { ...source, loadedAt: Date.now() } });
  return installed === 'locked' ? { kind: 'locked' } : { kind: 'installed', pack: result.pack };
}

export async function loadFromUrl(url: string): Promise<LoadOutcome> {
  const fetched = await fetchPackText(url);
  if (!fetched.ok) return { kind: 'fetch', failure: fetched.failure };
  return loadFromText(fetched.text, { kind: 'url', location: fetched.url });
}

export async function loadFromFile(file: File): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'file-read' };
  }
  return loadFromText(text, { kind: 'file', location: file.name });
}
