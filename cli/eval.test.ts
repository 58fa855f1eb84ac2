import { describe, expect, it } from 'vitest';
import { compilePack } from '../src/coach-engine';
import { evaluate } from './eval';
import type { CorpusPost } from './corpus';

const bare = compilePack({ format: 1, id: 'bare', name: 'Bare', version: '1', languages: ['nl', 'en'] });
const post = (p: Partial<CorpusPost>): CorpusPost => ({ id: 'x', org: 'bare', lang: 'en', text: '', labels: [], ...p });
const RELEASE = 'FOR IMMEDIATE RELEASE\n\nDENVER, May 2, 2026 /PRNewswire/ -- Acme Inc. today announced a new plant. "We are proud," said Jane Doe, CEO of Acme.\n\nAbout Acme\nAcme makes roofs.\n\n###';

describe('eval scores a post only on the labels it was judged on', () => {
  it('counts a press-release finding on a post judged only for broadcasting as nothing', () => {
    const judged = evaluate([post({ id: 'a', text: RELEASE, labels: ['broadcasting'], judged: ['broadcasting'] })], () => bare);
    expect(judged.labels['press-release']).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 0 });
    const full = evaluate([post({ id: 'a', text: RELEASE, labels: ['broadcasting'] })], () => bare);
    expect(full.labels['press-release'].fp).toBe(1);
  });

  it('reports clean posts and replies that got any nudge', () => {
    const result = evaluate(
      [
        post({ id: 'c', text: 'Thanks Sam, that was a lovely walk.' }),
        post({ id: 'r', reply: true, judged: ['broadcasting'], text: '@user Hi Sam, sorry to hear that. Could you DM us your order number?' }),
      ],
      () => bare,
    );
    expect(result.cleanPosts).toBe(1);
    expect(result.replies).toBe(1);
    expect(result.replyFlagged).toBe(0);
  });
});
