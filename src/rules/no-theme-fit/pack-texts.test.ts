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

  it('does not count everyday words the guidelines happen to use', () => {
    const post = 'Vanochtend om acht uur was het tijd: met de hele ploeg door het park, langs de vijver, de speeltuin en het bankje bij de oude eik, en na een uur werk lag er geen blikje, zakje of peukje meer. Wie doet de volgende keer mee in de eigen straat?';
    // "ochtend", "uur", "tijd", "werk", "keer", "eigen" say nothing about what the organisation talks about.
    const guidelines = { do: ['Post op je eigen tijd, een keer per week, liefst in de ochtend of na het werk: een uur is genoeg.'] };
    expect(analyse({ text: post, lang: 'nl' }, compilePack(pack({ guidelines }))).findings.map((f) => f.rule)).toContain('no-theme-fit');
  });

  it('does not count the names of places in the pack\'s texts', () => {
    const post = 'Vrijdagtraditie bij ons op kantoor: patat van de snackbar aan de Zuidkade in Molendam. Ik ging voor de kibbeling met knoflooksaus en heb nergens spijt van. Wat bestel jij daar altijd?';
    // The town and the quay of a release say where the organisation works, not what it posts about.
    const guidelines = { why: 'Wij zijn de gemeente van iedereen in Molendam, van de Zuidkade tot de polder: we luisteren en leggen uit.' };
    expect(analyse({ text: post, lang: 'nl' }, compilePack(pack({ guidelines }))).findings.map((f) => f.rule)).toContain('no-theme-fit');
  });
});
