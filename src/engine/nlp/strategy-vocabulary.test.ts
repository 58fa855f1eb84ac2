// The options page shows what each theme, subject and custom rule matches on; what it shows must
// be what the engine counts.
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../coach-engine';
import { strategyVocabulary } from './strategy-vocabulary';

const pack: Pack = {
  format: 1,
  id: 'test',
  name: 'Test',
  version: '1',
  languages: ['nl'],
  guidelines: { do: ['Vertel over de bibliotheek en de leesclub.'] },
  strategy: {
    themes: [{ id: 'groen', title: 'Groene wijken', description: 'Bomen, plantsoenen en geveltuinen in elke straat.', keywords: { nl: ['park', 'bomen'] } }],
    avoid: [{ id: 'bezwaren', title: 'Lopende bezwaren', description: 'Bezwaarschriften en rechtszaken over vergunningen.', keywords: { nl: ['bezwaarschrift'] } }],
  },
  custom: [
    { id: 'jargon', kind: 'terms', lang: 'nl', terms: ['synergie'], message: 'Geen jargon.' },
    { id: 'kenmerk', kind: 'pattern', pattern: 'ZK-\\d{4}', message: 'Geen zaaknummers.', examples: { fire: ['Zie dossier zk-1234 voor meer.'] } },
  ],
};

describe('strategyVocabulary', () => {
  const v = strategyVocabulary(pack, 'nl');

  it('gives a theme its keywords and the words drawn from its description, not twice', () => {
    const theme = v.themes[0]!;
    expect(theme.keywords).toEqual(['park', 'bomen']);
    expect(theme.drawn).toContain('geveltuinen');
    expect(theme.drawn).not.toContain('bomen');
  });

  it('a drawn word really counts for the theme in the engine', () => {
    const report = analyse({ text: 'Mooie geveltuinen gezien vandaag.', lang: 'nl' }, compilePack(pack));
    expect(report.scores.strategyFit?.themeId).toBe('groen');
    expect(report.scores.strategyFit?.score).toBeGreaterThan(0);
    const none = analyse({ text: 'Mooie auto gezien vandaag.', lang: 'nl' }, compilePack(pack));
    expect(none.scores.strategyFit?.score ?? 0).toBe(0);
  });

  it('gives a subject its keywords and its naming words, leaving out the themes\' words', () => {
    const subject = v.subjects[0]!;
    expect(subject).toMatchObject({ id: 'bezwaren', list: 'avoid', terms: ['bezwaarschrift'] });
    expect(subject.words).toEqual(expect.arrayContaining(['rechtszaken', 'vergunningen']));
    expect(v.wordsNeeded).toBe(2);
  });

  it('says what a custom rule finds in its own examples', () => {
    expect(v.custom[0]).toMatchObject({ id: 'jargon', kind: 'terms', terms: ['synergie'] });
    expect(v.custom[1]).toMatchObject({ id: 'kenmerk', kind: 'pattern', pattern: 'ZK-\\d{4}', ignoreCase: true, matches: ['zk-1234'] });
  });

  it('lists the pack\'s own words from its guidelines', () => {
    expect(v.packWords).toEqual(expect.arrayContaining(['bibliotheek', 'leesclub']));
  });
});

describe('a keyword the themes use too', () => {
  const fire: Pack = {
    format: 1,
    id: 'fire',
    name: 'Fire',
    version: '1',
    languages: ['en'],
    strategy: {
      themes: [{ id: 'join', title: 'Join us', keywords: { en: ['on-call', 'recruitment'] }, examples: [{ lang: 'en', text: 'On-call crews: what did you wish you had known?' }] }],
      reserved: [{ id: 'cover', title: 'Budget and cover', keywords: { en: ['crewing', 'budget'] } }],
    },
  } as Pack;
  const subject = strategyVocabulary(fire, 'en').subjects[0]!;
  const rules = (text: string) => analyse({ text, lang: 'en' }, compilePack(fire)).findings.map((f) => f.rule);

  it('is shown as shared, and counts as the page says', () => {
    expect(subject.sharedTerms).toEqual(['crewing']);
    // Another form of it alone does not name the subject; as written it does.
    expect(rules('Our crews spent the evening answering questions at the open day.')).not.toContain('reserved-subject');
    expect(rules('I hear the crewing at our station changes in April.')).toContain('reserved-subject');
  });
});
