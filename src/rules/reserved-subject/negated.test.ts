import { describe, expect, it } from 'vitest';
import { isDeclined, isHistory, isJobAdvert, isNegated, isRiskTalk, namesInstitution, onPublicRoad, otherSense, signedByServiceTeam } from './negated';
import type { Span } from '../../engine/types';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return isNegated(text, { start, end: start + word.length });
};

describe('isNegated', () => {
  it('sees a subject named to say it did not happen', () => {
    expect(at('Zero incidents in 300 days offshore.', 'incidents')).toBe(true);
    expect(at('Not a single accident all season.', 'accident')).toBe(true);
    expect(at('Een jaar zonder één incident op de werf.', 'incident')).toBe(true);
    expect(at('Geen enkel ongeval dit kwartaal.', 'ongeval')).toBe(true);
    expect(at('Another incident-free winter.', 'incident')).toBe(true);
  });
  it('leaves a real mention alone', () => {
    expect(at('There was an incident at the substation last night.', 'incident')).toBe(false);
    expect(at('Het incident van gisteren wordt onderzocht.', 'incident')).toBe(false);
    expect(at('No comment yet, but the outage on the east coast was caused by a cable fault.', 'outage')).toBe(false);
  });
});

describe('namesInstitution', () => {
  const named = (text: string, word: string) => {
    const start = text.indexOf(word);
    return namesInstitution(text, { start, end: start + word.length });
  };
  it('sees a subject word that is part of a service\'s name', () => {
    expect(named('We sat down with the council and the fire and rescue service to redraw the map.', 'fire')).toBe(true);
    expect(named('The new bike racks are opposite the police station.', 'police')).toBe(true);
    expect(named('De brandweer zone Rivierenland gaf uitleg over rookmelders.', 'brandweer')).toBe(true);
  });
  it('leaves the matter itself alone', () => {
    expect(named('There was a fire in the chemistry labs this morning.', 'fire')).toBe(false);
    expect(named('The police and the council are looking into it.', 'police')).toBe(false);
    expect(named('De brand in de keuken is geblust.', 'brand')).toBe(false);
  });
});

describe('relaysOfficialLine', () => {
  it('sees a post that opens with the spokespeople\'s statement', async () => {
    const { relaysOfficialLine } = await import('./negated');
    const en = await import('./en');
    const nl = await import('./nl');
    for (const e of [...en.officialLine, ...nl.officialLine]) expect(relaysOfficialLine(e.example), e.example).toBe(true);
    expect(relaysOfficialLine('📢 Official update: the lifts are working again.')).toBe(true);
    expect(relaysOfficialLine('The app is down this morning. Statement from our press office: your money is safe.')).toBe(true);
  });
  it('leaves a post that only names the press office or its statement', async () => {
    const { relaysOfficialLine } = await import('./negated');
    expect(relaysOfficialLine('No official statement yet, but the outage was ours.')).toBe(false);
    expect(relaysOfficialLine('Between us: the statement from our press office: is being written now.')).toBe(false);
  });
});

type SpanTest = (text: string, span: Span) => boolean;
/** Whether `test` holds for the first `word` in `text`. */
const on = (test: SpanTest, text: string, word: string) => {
  const start = text.indexOf(word);
  expect(start, word).toBeGreaterThanOrEqual(0);
  return test(text, { start, end: start + word.length });
};

// Each case: the check, a post, the subject's word in it, and whether the check should hold.
// The "false" cases include the ordinary posts an independent review ran through the first
// version of each check (docs/detection.md, seventh batch).
const CASES: [string, SpanTest, string, string, boolean][] = [
  ['hazard', isRiskTalk, 'Never put batteries in the orange bag: a loose battery crushed in the truck can start a fire.', 'fire', true],
  ['hazard', isRiskTalk, 'Keep the aisles clear to prevent accidents.', 'accidents', true],
  ['hazard', isRiskTalk, 'Een kapotte accu in de wagen kan een brand veroorzaken.', 'brand', true],
  ['hazard', isRiskTalk, 'Om ongevallen te voorkomen rijden we stapvoets door de wijk.', 'ongevallen', true],
  ['hazard', isRiskTalk, 'Losse batterijen geven een echte kans op brand.', 'brand', true],
  ['hazard', isRiskTalk, 'One of our trucks caught fire on the ring road this morning.', 'fire', false],
  ['hazard', isRiskTalk, 'Hoe is de brand in de wagen ontstaan? Dat zoeken we uit.', 'brand', false],
  ['hazard', isRiskTalk, 'The accident could have been much worse.', 'accident', false],
  ['hazard', isRiskTalk, "Last night's storm was enough to cause an outage for 3,000 of our customers.", 'outage', false],
  ['hazard', isRiskTalk, 'Vannacht is om drie uur brand ontstaan in een container achter ons gemeentehuis.', 'brand', false],
  ['declined', isDeclined, "@jo We can't advise on the outbreak itself; the agency's page is the place for that.", 'outbreak', true],
  ['declined', isDeclined, 'Over de uitbraak zelf kunnen we niets zeggen, kijk op de site van de overheid.', 'uitbraak', true],
  ['declined', isDeclined, 'Helaas kunnen we niets zeggen over de staking van morgen.', 'staking', true],
  ['declined', isDeclined, 'The outbreak is back in the east and nobody can stop it.', 'outbreak', false],
  ['declined', isDeclined, "I can't believe the outbreak is back.", 'outbreak', false],
  ['declined', isDeclined, 'Door de staking kunnen we niets garanderen: dinsdag rijden onze bussen niet.', 'staking', false],
  ['on the road', onPublicRoad, 'De wagen stond vast in de file door een ongeval op de N337, we komen vandaag nog.', 'ongeval', true],
  ['on the road', onPublicRoad, 'Een ongeval met onze wagen in de Dorpsstraat vanochtend.', 'ongeval', false],
  ['on the road', onPublicRoad, 'Een van onze bussen was vanochtend betrokken bij een ongeval op de N19; twee reizigers zijn gewond.', 'ongeval', false],
  ['other sense', otherSense, 'Book your Christmas party in the Victorian galleries.', 'party', true],
  ['other sense', otherSense, 'One of them, playing the minister for foreign affairs, won the room.', 'minister', true],
  ['other sense', otherSense, 'Whichever party wins in May, the library budget is at risk.', 'party', false],
  ['other sense', otherSense, 'Last night there was a house fire in one of our flats.', 'fire', false],
  ['history', isHistory, 'In March 1823 someone walked out of the mill with 40 stone of flax. The theft was pinned on three hacklers.', 'theft', true],
  ['history', isHistory, 'We welcomed 1500 visitors on Sunday. The theft from the shop is being looked into.', 'theft', false],
  ['history', isHistory, "Since 1923 we have kept the lights on. This morning's outage was caused by a cable fault.", 'outage', false],
  ['history', isHistory, 'Our first turbine went up in 1966. Last week an accident at the substation injured a colleague.', 'accident', false],
];

describe('where a reserved word is named but the matter is not', () => {
  it.each(CASES)('%s: %s', (_kind, test, text, word, holds) => {
    expect(on(test, text, word)).toBe(holds);
  });
});

describe('signedByServiceTeam and isJobAdvert', () => {
  it('see a post signed by the service team at its end, and a job advert in its own shape', () => {
    expect(signedByServiceTeam('Field app sync has an outage since 06:50. Keep recording. – support')).toBe(true);
    expect(signedByServiceTeam('Morgen zijn we gewoon open vanaf 10.00 uur. –webcareteam ⚠️')).toBe(true);
    expect(signedByServiceTeam('The main pool is closed for the rest of today. Sorry for the short notice. –Customer team')).toBe(true);
    expect(isJobAdvert('Vacature: chauffeur C in Zutphen. Salaris volgens de cao. Solliciteren kan tot 20 december.')).toBe(true);
  });
  it('leave thanks for support, a person\'s signature, a hyphenated desk, and posts that are no advert', () => {
    expect(signedByServiceTeam('The outage was our fault. Thanks for all your support')).toBe(false);
    expect(signedByServiceTeam('De wagen staat vast door een ongeval. ^Kees')).toBe(false);
    expect(signedByServiceTeam('Door een datalek zijn gegevens ingezien. Vragen? Mail onze ICT-servicedesk')).toBe(false);
    expect(isJobAdvert('Al drie maanden geen nieuwe cao en de directie blijft hangen op 2 procent.')).toBe(false);
    expect(isJobAdvert('De cao-onderhandelingen zitten vast. We zoeken een oplossing met de vakbond, maar een staking is niet uitgesloten.')).toBe(false);
    expect(isJobAdvert("We have 12 driver vacancies. The union is balloting our drivers for strike action; apply now if you dare.")).toBe(false);
  });
});
