// Every shipped pack in packs/, read from disk, so new packs are covered without a list here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Pack } from '../../src/engine';

export const PACK_DIR = path.resolve('packs');

export function shippedPacks(): { name: string; pack: Pack }[] {
  return readdirSync(PACK_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), pack: JSON.parse(readFileSync(path.join(PACK_DIR, f), 'utf8')) as Pack }));
}
