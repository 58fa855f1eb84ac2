import { describe, expect, it } from 'vitest';
import { isNegated, namesInstitution } from './negated';

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

describe('isRiskTalk', () => {
  const risk = async (text: string, word: string) => {
    const { isRiskTalk } = await import('./negated');
    const start = text.indexOf(word);
    return isRiskTalk(text, { start, end: start + word.length });
  };
  it('sees a subject named as a hazard to prevent', async () => {
    expect(await risk('Never put batteries in the orange bag: a loose battery crushed in the truck can start a fire.', 'fire')).toBe(true);
    expect(await risk('Keep the aisles clear to prevent accidents.', 'accidents')).toBe(true);
    expect(await risk('Een kapotte accu in de wagen kan een brand veroorzaken.', 'brand')).toBe(true);
    expect(await risk('Om ongevallen te voorkomen rijden we stapvoets door de wijk.', 'ongevallen')).toBe(true);
    expect(await risk('Losse batterijen geven een echte kans op brand.', 'brand')).toBe(true);
  });
  it('leaves an event alone, even when it is asked how it started', async () => {
    expect(await risk('One of our trucks caught fire on the ring road this morning.', 'fire')).toBe(false);
    expect(await risk('Hoe is de brand in de wagen ontstaan? Dat zoeken we uit.', 'brand')).toBe(false);
    expect(await risk('The accident could have been much worse.', 'accident')).toBe(false);
  });
});

describe('isDeclined', () => {
  const declined = async (text: string, word: string) => {
    const { isDeclined } = await import('./negated');
    const start = text.indexOf(word);
    return isDeclined(text, { start, end: start + word.length });
  };
  it('sees a subject named to decline to speak about it', async () => {
    expect(await declined("@jo We can't advise on the outbreak itself; the agency's page is the place for that.", 'outbreak')).toBe(true);
    expect(await declined('Over de uitbraak zelf kunnen we niets zeggen, kijk op de site van de overheid.', 'uitbraak')).toBe(true);
    expect(await declined('Helaas kunnen we niets zeggen over de staking van morgen.', 'staking')).toBe(true);
  });
  it('leaves a subject spoken about alone', async () => {
    expect(await declined('The outbreak is back in the east and nobody can stop it.', 'outbreak')).toBe(false);
    expect(await declined("I can't believe the outbreak is back.", 'outbreak')).toBe(false);
  });
});

describe('signedByServiceTeam', () => {
  it('sees a post signed by the service team at its end', async () => {
    const { signedByServiceTeam } = await import('./negated');
    expect(signedByServiceTeam('Field app sync has an outage since 06:50. Keep recording. – support')).toBe(true);
    expect(signedByServiceTeam('Morgen zijn we gewoon open vanaf 10.00 uur. –webcareteam ⚠️')).toBe(true);
    expect(signedByServiceTeam('The main pool is closed for the rest of today. Sorry for the short notice. –Customer team')).toBe(true);
  });
  it('leaves a post that only thanks for support or is signed by a person', async () => {
    const { signedByServiceTeam } = await import('./negated');
    expect(signedByServiceTeam('The outage was our fault. Thanks for all your support')).toBe(false);
    expect(signedByServiceTeam('De wagen staat vast door een ongeval. ^Kees')).toBe(false);
    expect(signedByServiceTeam('Our support team is the best in the business, says the survey.')).toBe(false);
  });
});

describe('onPublicRoad and isJobAdvert', () => {
  it('sees an accident on a public road and a job advert', async () => {
    const { onPublicRoad, isJobAdvert } = await import('./negated');
    const t = 'De wagen stond vast in de file door een ongeval op de N337, we komen vandaag nog.';
    const start = t.indexOf('ongeval');
    expect(onPublicRoad(t, { start, end: start + 7 })).toBe(true);
    expect(isJobAdvert('Vacature: chauffeur C in Zutphen. Salaris volgens de cao. Solliciteren kan tot 20 december.')).toBe(true);
  });
  it('leaves an accident with our own vehicle, and a post that is no advert', async () => {
    const { onPublicRoad, isJobAdvert } = await import('./negated');
    const t = 'Een ongeval met onze wagen in de Dorpsstraat vanochtend.';
    const start = t.indexOf('ongeval');
    expect(onPublicRoad(t, { start, end: start + 7 })).toBe(false);
    expect(isJobAdvert('Al drie maanden geen nieuwe cao en de directie blijft hangen op 2 procent.')).toBe(false);
  });
});

describe('otherSense and isHistory', () => {
  const at = async (fn: 'otherSense' | 'isHistory', text: string, word: string) => {
    const mod = await import('./negated');
    const start = text.indexOf(word);
    return mod[fn](text, { start, end: start + word.length });
  };
  it('sees a keyword in another sense, and a subject told as history', async () => {
    expect(await at('otherSense', 'Book your Christmas party in the Victorian galleries.', 'party')).toBe(true);
    expect(await at('otherSense', 'One of them, playing the minister for foreign affairs, won the room.', 'minister')).toBe(true);
    expect(await at('isHistory', 'In March 1823 someone walked out of the mill with 40 stone of flax. The theft was pinned on three hacklers.', 'theft')).toBe(true);
  });
  it('leaves the matter itself, and a count that looks like a year', async () => {
    expect(await at('otherSense', 'Whichever party wins in May, the library budget is at risk.', 'party')).toBe(false);
    expect(await at('isHistory', 'We welcomed 1500 visitors on Sunday. The theft from the shop is being looked into.', 'theft')).toBe(false);
    expect(await at('isHistory', 'Since 2019 the mill has been open. Last night\'s theft from the shop is being looked into.', 'theft')).toBe(false);
  });
});
