// "No theme fits" draws on everything the pack says, not only on its keyword lists: a post in the
// words of the pack's goals or guidelines is on strategy even when no theme keyword appears.
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../coach-engine';

const POST =
  'Vanochtend met drie buurtbewoners langs alle containers in de Molenwijk gelopen. Zwerfafval rond de glasbak, een volle papiercontainer en een kapotte klep: alles genoteerd, en de ploeg komt donderdag langs. Welke plek in jouw straat verdient ook een rondje?';

const pack = (extra: Partial<Pack>): Pack => ({
  format: 1,
  id: 'test',
  name: 'Test',
  version: '1',
  languages: ['nl'],
  strategy: { themes: [{ id: 'wonen', title: 'Wonen', keywords: { nl: ['woning', 'huur', 'starter', 'woningbouw', 'huurder'] } }], ...(extra.strategy ?? {}) },
  ...(extra.guidelines ? { guidelines: extra.guidelines } : {}),
});
const rules = (p: Pack) => analyse({ text: POST, lang: 'nl' }, compilePack(p)).findings.map((f) => f.rule);

describe('no-theme-fit and the pack\'s own texts', () => {
  it('calls a long post in none of the pack\'s words off strategy', () => {
    expect(rules(pack({}))).toContain('no-theme-fit');
  });

  it('leaves it alone when a goal of the pack speaks of it', () => {
    const goals = [{ id: 'schoon', title: 'Schone wijken', description: 'Minder zwerfafval en containers die op tijd geleegd worden.' }];
    expect(rules(pack({ strategy: { goals } }))).not.toContain('no-theme-fit');
  });

  it('leaves it alone when the guidelines speak of it', () => {
    expect(rules(pack({ guidelines: { do: ['Vertel wat je in de wijk ziet: de containers, het zwerfafval, de glasbak.'] } }))).not.toContain('no-theme-fit');
  });
});
