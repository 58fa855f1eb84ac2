// Loading a pack from the options or welcome page: parse, validate, run its tests, and only
// then put it in force. Any failure leaves the pack in force as it was.
import { groupPackErrors, type ErrorGroup } from '../../engine/pack/error-groups';
import { loadPack, type LoadResult } from '../../coach-engine';
import type { Pack } from '../../engine/pack/types';
import type { Lang } from '../../engine/types';
import { fetchPackText, type FetchFailure } from '../../settings/fetch-pack';
import { installPack } from '../../settings/install-pack';
import { setPackStatus } from '../../settings/pack-status';
import type { PackSource } from '../../settings/store';

type Refusal = Extract<LoadResult, { ok: false }>;

export type LoadOutcome =
  | { kind: 'installed'; pack: Pack }
  | { kind: 'invalid'; errors: Refusal['errors']; testFailures: Refusal['testFailures']; groups: ErrorGroup[]; fileName?: string }
  | { kind: 'fetch'; failure: FetchFailure; url: string }
  | { kind: 'locked' }
  | { kind: 'file-read' };

/** A refused pack's problems by root cause; the pack is parsed again only to follow its references. */
export function errorGroupsOf(text: string, refusal: Refusal): ErrorGroup[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    parsed = undefined;
  }
  return groupPackErrors(refusal.errors, parsed, refusal.testFailures);
}

/** `lang` is the language of the validation messages. */
export async function loadFromText(text: string, source: Omit<PackSource, 'loadedAt'>, lang: Lang): Promise<LoadOutcome> {
  const result = loadPack(text, { lang });
  if (!result.ok) return { kind: 'invalid', errors: result.errors, testFailures: result.testFailures, groups: errorGroupsOf(text, result) };
  const installed = await installPack({ pack: result.pack, source: { ...source, loadedAt: Date.now() } });
  return installed === 'locked' ? { kind: 'locked' } : { kind: 'installed', pack: result.pack };
}

export async function loadFromUrl(url: string, lang: Lang): Promise<LoadOutcome> {
  const fetched = await fetchPackText(url);
  if (!fetched.ok) return { kind: 'fetch', failure: fetched.failure, url };
  const outcome = await loadFromText(fetched.text, { kind: 'url', location: fetched.url }, lang);
  if (outcome.kind === 'installed') await setPackStatus({ url: fetched.url, checkedAt: Date.now(), ok: true, ...(fetched.finalUrl ? { finalUrl: fetched.finalUrl } : {}) });
  return outcome;
}

export async function loadFromFile(file: File, lang: Lang): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'file-read' };
  }
  const outcome = await loadFromText(text, { kind: 'file', location: file.name }, lang);
  // The file input is cleared after each try, so the outcome keeps the file's name.
  return outcome.kind === 'invalid' ? { ...outcome, fileName: file.name } : outcome;
}
