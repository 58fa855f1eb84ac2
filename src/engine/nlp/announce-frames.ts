// The frames of one-way sending: notices, launches, events, publications, job and sales plugs,
// self-announcements and press-release register. Each frame carries a weight (how surely it
// marks an announcement) and a kind (which question to suggest); its phrases are data per
// language in announce/.
import { ANNOUNCE } from './announce';

export type AnnounceKind = 'event' | 'service' | 'publication' | 'launch' | 'job' | 'sales' | 'brag' | 'release' | 'link';

export interface Frame {
  re: RegExp;
  weight: number;
  kind: AnnounceKind;
}

export const FRAMES: readonly Frame[] = [
  // Notices and service changes.
  { kind: 'service', weight: 1, re: ANNOUNCE.notices },
  { kind: 'service', weight: 1, re: ANNOUNCE.validFrom },
  { kind: 'service', weight: 0.8, re: ANNOUNCE.closures },
  { kind: 'service', weight: 0.8, re: ANNOUNCE.disruptions },
  // Practical notices to the public: where to go, what to follow, whom to give room, what
  // to do in an emergency. Imperatives of this kind address the reader without asking anything.
  { kind: 'service', weight: 0.8, re: ANNOUNCE.directions },
  { kind: 'service', weight: 1, re: ANNOUNCE.noticeHeads },
  // Launches, news, decisions.
  { kind: 'launch', weight: 0.8, re: ANNOUNCE.launches },
  { kind: 'launch', weight: 1, re: ANNOUNCE.liveNow },
  { kind: 'launch', weight: 1, re: ANNOUNCE.launchHeads },
  // Self-announcement frames.
  { kind: 'brag', weight: 1, re: ANNOUNCE.selfAnnouncements },
  { kind: 'brag', weight: 1, re: ANNOUNCE.prideHeads },
  // Events.
  { kind: 'event', weight: 1, re: ANNOUNCE.saveTheDate },
  { kind: 'event', weight: 1, re: ANNOUNCE.signUps },
  { kind: 'event', weight: 0.5, re: ANNOUNCE.eventNames },
  // Publications and links.
  { kind: 'publication', weight: 1, re: ANNOUNCE.readMore },
  { kind: 'publication', weight: 0.8, re: ANNOUNCE.downloads },
  { kind: 'publication', weight: 0.6, re: ANNOUNCE.publications },
  // Job plugs.
  { kind: 'job', weight: 1, re: ANNOUNCE.jobs },
  // Sales.
  { kind: 'sales', weight: 1, re: ANNOUNCE.salesCalls },
  // Press-release register.
  { kind: 'release', weight: 1, re: ANNOUNCE.releaseRegister },
];

/** "DALZICHT, 7 september 2026 –": a dateline opens a press release. Case matters here. */
export const DATELINE = /^(?:[A-Z][A-Z'’.\- ]{2,40})(?:,[^–—\n]{0,40})?\s+[–—-]\s/u;
