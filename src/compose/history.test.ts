import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding, Report } from '../engine/types';
import type { HistoryEvent, Privacy } from '../history/events';
import { SessionHistory } from './history';

const TEXT = 'Save the date! We are the market leader.';
const finding = (rule: string, start: number, end: number): Finding => ({
  rule, category: 'broadcasting', severity: 'nudge', spans: [{ start, end }], message: 'm', why: 'w',
});
const report = (...findings: Finding[]): Report => ({
  language: 'en', messageLang: 'en', findings, praise: [],
  scores: { dialogue: 0, promotion: 0, pressRelease: { similarity: 0 }, strategyFit: { score: 0 } },
});
const DATE = finding('broadcasting', 0, 13);
const LEADER = finding('self-promotion', 26, 39);

let sent: HistoryEvent[];
beforeEach(() => {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(...(message as { events: HistoryEvent[] }).events);
    return { ok: true };
  });
});

const history = (privacy: Privacy = 'excerpt') =>
  new SessionHistory(() => ({ site: 'x', packId: 'default', packVersion: '1', privacy }));

describe('SessionHistory', () => {
  it('the excerpt of a fix is the words that were nudged, not the edited text at their old offsets', () => {
    const h = history();
    h.update(report(DATE, LEADER), TEXT);
    const edited = 'Save the date! Ask our support team what they think.';
    h.update(report(DATE), edited);
    h.flush();
    const fixed = sent.find((e) => e.outcome === 'fixed')!;
    expect(fixed.excerpt).toBe('market leader');
    expect(TEXT).toContain(fixed.excerpt!);
  });

  it('records shown once per rule, fixed when it goes, and what was open when posted', () => {
    const h = history();
    h.update(report(DATE, LEADER), TEXT);
    h.update(report(DATE, LEADER), TEXT);
    h.update(report(DATE), TEXT);
    h.acknowledge(DATE, report(DATE), TEXT);
    h.posted(report(DATE), TEXT);
    expect(sent.map((e) => `${e.outcome}:${e.rule}`)).toEqual([
      'shown:broadcasting', 'shown:self-promotion', 'fixed:self-promotion', 'acknowledged:broadcasting', 'posted-open:broadcasting',
    ]);
    expect(new Set(sent.map((e) => e.postId)).size).toBe(1);
    expect(sent[0]!.excerpt).toBe('Save the date');
    expect(sent.every((e) => e.text === undefined)).toBe(true);
  });

  it('a dismissed nudge is neither fixed nor posted open, and a new post gets a new id', () => {
    const h = history();
    h.update(report(LEADER), TEXT);
    h.dismiss(LEADER, report(LEADER), TEXT);
    h.update(report(), TEXT);
    h.posted(report(LEADER), TEXT);
    h.update(report(DATE), TEXT);
    h.flush();
    expect(sent.map((e) => e.outcome)).toEqual(['shown', 'dismissed', 'posted-clean', 'shown']);
    expect(sent[2]!.postId).not.toBe(sent[3]!.postId);
  });

  it.each([
    ['none', undefined, undefined],
    ['excerpt', 'Save the date', undefined],
    ['text', 'Save the date', TEXT],
  ] as const)('privacy %s', (privacy, excerpt, text) => {
    const h = history(privacy);
    h.update(report(DATE), TEXT);
    h.flush();
    expect(sent[0]!.excerpt).toBe(excerpt);
    expect(sent[0]!.text).toBe(text);
  });

  it('sends a batch again, with the same ids, until the background acknowledges it', async () => {
    const attempts: HistoryEvent[][] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      attempts.push((message as { events: HistoryEvent[] }).events);
      if (attempts.length === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    });
    const h = history();
    h.posted(report(DATE), TEXT);
    await vi.waitFor(() => expect(attempts.length).toBe(2));
    expect(attempts[1]!.map((e) => e.id)).toEqual(attempts[0]!.map((e) => e.id));
  });
});
