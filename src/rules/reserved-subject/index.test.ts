import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../coach-engine';
import { testPack } from '../../../tests/helpers/test-pack';

const RELEASE =
  'HALWELL, 3 March 2027 – Halwell Housing today published its annual results. Rents will rise by 4.1 per cent from 1 July, below inflation for the third year running, chief executive Mara Stone said. ' +
  'The association will spend £12 million on insulating 900 homes. "We kept the rise as low as we could," said Stone. About Halwell Housing: 6,000 homes in the Halwell valley.';

const pack: Pack = {
  format: 1,
  id: 'release-copy-test',
  name: 'Release copy test',
  version: '1',
  languages: ['en'],
  organisation: { name: 'Halwell Housing' },
  strategy: {
    themes: [{ id: 'homes', title: { en: 'Warm, affordable homes' }, keywords: { en: ['insulation', 'repairs', 'homes'] } }],
    reserved: [{ id: 'rents', title: { en: 'Rent levels and results' }, description: { en: 'Rent rises and annual results: the chief executive only.' }, keywords: { en: ['rent rise', 'rents will rise', 'annual results'] } }],
  },
  pressReleases: [{ id: 'results-2027', title: 'Halwell Housing publishes annual results', date: '2027-03-03', lang: 'en', text: RELEASE }],
} as Pack;

const rules = (text: string) => analyse({ text, lang: 'en' }, compilePack(pack)).findings.map((f) => f.rule);

describe('reserved subject and the pack\'s own release', () => {
  it('leaves a pasted copy of the release to the press-release rule', () => {
    const found = rules(RELEASE);
    expect(found).toContain('press-release');
    expect(found).not.toContain('reserved-subject');
  });

  it('still nudges an employee who speaks on the subject in their own words', () => {
    expect(rules('Between us: our rents will rise again next summer, I saw the figures in the board pack.')).toContain('reserved-subject');
  });
});

describe('a subject as a building society writes it', () => {
  const society = testPack(
    {
      themes: [{ id: 'saving', title: { en: 'Saving habits', nl: 'Spaargewoontes' }, keywords: { en: ['saving', 'savings account'], nl: ['sparen', 'spaarrekening'] } }],
      reserved: [
        { id: 'branches', title: { en: 'Branch decisions', nl: 'Filiaalbesluiten' }, description: { en: 'Decisions to open, close or move branches are for the chief executive.' }, keywords: { en: ['branch closure'], nl: ['sluiting filiaal'] } },
        { id: 'incidents', title: { en: 'Outages and incidents', nl: 'Storingen en incidenten' }, keywords: { en: ['outage', 'incident'], nl: ['storing', 'brand'] } },
      ],
    },
    { organisation: { name: 'Portlea Building Society' } },
  );
  const rules = (text: string, lang: 'en' | 'nl' = 'en') => analyse({ text, lang }, compilePack(society)).findings.map((f) => f.rule);

  it('is not named by the everyday words of its description ("open", "close")', () => {
    expect(rules('Christmas opening: our branches close at 1pm on Christmas Eve and stay closed on Boxing Day. We open again on the 27th.')).not.toContain('reserved-subject');
    // Nor by other forms of them.
    const worded = testPack({ reserved: [{ id: 'branches', title: { en: 'Branch decisions' }, description: { en: 'Decisions on opening, closing or moving branches are for the chief executive.' }, keywords: { en: ['branch closure'] } }] }, { organisation: { name: 'Portlea Building Society' } });
    expect(analyse({ text: 'Christmas opening: our branches close at 1pm on Christmas Eve and stay closed on Boxing Day. We open again on the 27th.', lang: 'en' }, compilePack(worded)).findings.map((f) => f.rule)).not.toContain('reserved-subject');
  });

  it('meets a keyword in the keyword\'s own language only, unless it is a name', () => {
    expect(rules('Our brand-new branch in the market square opens on Monday, come and say hello.')).not.toContain('reserved-subject');
    expect(rules('Vanmorgen was er brand in ons filiaal aan de Markt, we hebben iedereen naar buiten gebracht.', 'nl')).toContain('reserved-subject');
  });

  it('lets an employee pass on the press office\'s own statement', () => {
    expect(rules('Statement from our press office: we have an outage affecting the app this morning. Your money is safe and branches are open as normal.')).not.toContain('reserved-subject');
    expect(rules('We have an outage affecting our app this morning, our team is on it.')).toContain('reserved-subject');
    // Naming the press office is not relaying it.
    expect(rules('No official statement yet, but between us: the outage was our own upgrade going wrong.')).toContain('reserved-subject');
    expect(rules('Our spokesperson said it was minor. Honestly, this outage at our branches is a mess and we all know it.')).toContain('reserved-subject');
  });
});

describe('reserved subject, said by whom and how', () => {
  it('lets anyone quote a published rent where it stands, but not a change to it', () => {
    const bare = compilePack({ ...pack, pressReleases: [] } as Pack);
    const rules = (text: string) => analyse({ text, lang: 'en' }, bare).findings.map((f) => f.rule);
    expect(rules("How is the rent for a two-bedroom flat made up? This year's rents are on our website, per street.")).not.toContain('reserved-subject');
    expect(rules("Between us: rents will rise by 4% in July. This year's rents are on our website.")).toContain('reserved-subject');
  });
  it('lets the service team sign a live notice, but not one that tells of money or injuries', () => {
    const incidents: Pack = { ...pack, strategy: { ...pack.strategy, reserved: [{ id: 'incidents', title: { en: 'Incidents and outages' }, keywords: { en: ['outage', 'incident', 'accident'] } }] } } as Pack;
    const found = (text: string) => analyse({ text, lang: 'en' }, compilePack(incidents)).findings.map((f) => f.rule);
    expect(found('Our tenant portal has an outage since 06:50. Repairs can still be reported by phone. – Customer team')).not.toContain('reserved-subject');
    expect(found('A colleague was injured in an accident at our Halwell depot this morning. – Customer team')).toContain('reserved-subject');
    expect(found('Our tenant portal has an outage since 06:50. Sorry! Mail our ICT-servicedesk')).toContain('reserved-subject');
  });
});
