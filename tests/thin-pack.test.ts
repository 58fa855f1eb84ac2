// Packs as people write them: the example packs cut to five keywords per theme and language and
// one example keep passing their own tests, good posts included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPackTests } from '../src/coach-engine';
import type { Pack } from '../src/coach-engine';
import { thinPack } from '../scripts/thin-pack';

const read = (name: string) => JSON.parse(readFileSync(`packs/${name}.json`, 'utf8')) as Pack;
const ORGS = ['gemeente-dalzicht', 'zorgnet-schelde', 'northwind-energy'];

describe('thinPack', () => {
  it('keeps five keywords per theme and language and one example, and nothing else changes', () => {
    const full = read('gemeente-dalzicht');
    const thin = thinPack(full, 5);
    for (const t of thin.strategy!.themes!) {
      for (const list of Object.values(t.keywords ?? {})) expect(list.length).toBeLessThanOrEqual(5);
      expect(t.examples!.length).toBeLessThanOrEqual(1);
    }
    expect(thin.strategy!.themes!.map((t) => t.description)).toEqual(full.strategy!.themes!.map((t) => t.description));
    expect(thin.strategy!.avoid).toEqual(full.strategy!.avoid);
    expect(thinPack(full, 5, 'all').strategy!.avoid!.every((a) => Object.values(a.keywords ?? {}).every((l) => l.length <= 5))).toBe(true);
    expect(full.strategy!.themes![0]!.keywords!.nl!.length).toBeGreaterThan(5);
  });

  for (const org of ORGS) {
    for (const scope of ['themes', 'all'] as const) {
      it(`${org}, thinned (${scope}): the pack's own tests still pass`, () => {
        const result = runPackTests(thinPack(read(org), 5, scope));
        expect(result.failures).toEqual([]);
        expect(result.passed).toBeGreaterThan(0);
      });
    }
  }
});
