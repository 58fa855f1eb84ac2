// The announcement phrases of every language, compiled once: one linear-time regex per list, with
// {figurativeOpen} and the schedule's placeholders filled in from the lists of all languages.
// A third language adds a file beside nl.ts and en.ts and one entry below.
import { wordsOf, type PhraseEntry } from '../phrase-data';
import { lexicon } from '../phrases';
import { scheduleSource } from '../schedule';
import * as en from './en';
import * as nl from './nl';

/** Every language's lists, by language code. */
export const ANNOUNCE_LISTS = { nl, en } as const;
const LANGUAGES = Object.values(ANNOUNCE_LISTS);

type Pick = (l: typeof nl) => readonly PhraseEntry[];
const alternatives = (pick: Pick) => wordsOf(...LANGUAGES.map(pick));
const FIGURATIVE_OPEN = alternatives((l) => l.figurativeOpen).join('|');

/** A phrase with its placeholders filled in, ready for lexicon(). */
export function announceSource(phrase: string): string {
  return scheduleSource(phrase.split('{figurativeOpen}').join(FIGURATIVE_OPEN));
}

const compile = (pick: Pick, opts?: { start?: boolean }) => lexicon(alternatives(pick).map(announceSource), opts);

/** One regex per frame list, over lowerKeepLength(text). */
export const ANNOUNCE = {
  notices: compile((l) => l.notices),
  validFrom: compile((l) => l.validFrom),
  closures: compile((l) => l.closures),
  disruptions: compile((l) => l.disruptions),
  directions: compile((l) => l.directions),
  noticeHeads: compile((l) => l.noticeHeads, { start: true }),
  launches: compile((l) => l.launches),
  liveNow: compile((l) => l.liveNow),
  launchHeads: compile((l) => l.launchHeads, { start: true }),
  selfAnnouncements: compile((l) => l.selfAnnouncements),
  prideHeads: compile((l) => l.prideHeads, { start: true }),
  saveTheDate: compile((l) => l.saveTheDate),
  signUps: compile((l) => l.signUps),
  eventNames: compile((l) => l.eventNames),
  readMore: compile((l) => l.readMore),
  downloads: compile((l) => l.downloads),
  publications: compile((l) => l.publications),
  jobs: compile((l) => l.jobs),
  salesCalls: compile((l) => l.salesCalls),
  releaseRegister: compile((l) => l.releaseRegister),
};
