// One cell of the bench: one language, one post length, ours and harper on the same posts.
import { analyse, type CompiledPack } from '../../src/engine';
import type { Lang } from '../../src/engine/types';
import type { HarperLinter } from './harper';
import { buildPost, smallEdit, SentenceSource } from './posts';
import { summarise, timeAsync, timeSync, type Summary } from './stats';

export interface SizePlan {
  chars: number;
  /** Distinct new posts timed (cold). */
  posts: number;
  /** Small edits timed on one warm post. */
  edits: number;
  warmup: number;
}

export interface SizeResult {
  lang: Lang;
  chars: number;
  ours: Summary;
  /** Each post's best of three runs: what is left when preemption by other processes and
   * the odd GC pause are taken out. A diagnostic beside `ours`, never instead of it. */
  oursQuiet: Summary;
  harper: Summary;
  /** harper / ours: above 1 means we are faster. */
  ratioP50: number;
  ratioP95: number;
  oursEdit: Summary;
  harperEdit: Summary;
  /** Our p50 per 1,000 characters, for the linearity check. */
  oursMsPerKChar: number;
  findingsPerPost: number;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;

export async function runSize(lang: Lang, compiled: CompiledPack, harper: HarperLinter, plan: SizePlan): Promise<SizeResult> {
  const source = new SentenceSource(lang);
  const ours: number[] = [];
  const quiet: number[] = [];
  const theirs: number[] = [];
  let findings = 0;
  for (let i = 0; i < plan.warmup + plan.posts; i++) {
    const post = buildPost(source, plan.chars);
    // A post the engine has never seen: empty the sentence cache, so it is the cold path.
    compiled.cache.clear();
    let found = 0;
    const t = timeSync(() => {
      found = analyse({ text: post }, compiled).findings.length;
    });
    const h = await timeAsync(() => harper.lint(post));
    if (i < plan.warmup) continue;
    let best = t;
    for (let again = 0; again < 2; again++) {
      compiled.cache.clear();
      best = Math.min(best, timeSync(() => analyse({ text: post }, compiled)));
    }
    quiet.push(best);
    ours.push(t);
    theirs.push(h);
    findings += found;
  }

  // The keystroke case: the post is analysed once, then one word changes in one sentence.
  const base = buildPost(source, plan.chars);
  compiled.cache.clear();
  analyse({ text: base }, compiled);
  await harper.lint(base);
  const oursEdit: number[] = [];
  const harperEdit: number[] = [];
  for (let k = 0; k < plan.edits; k++) {
    const edited = smallEdit(base, k);
    oursEdit.push(timeSync(() => analyse({ text: edited }, compiled)));
    harperEdit.push(await timeAsync(() => harper.lint(edited)));
  }

  const o = summarise(ours);
  const h = summarise(theirs);
  return {
    lang,
    chars: plan.chars,
    ours: o,
    oursQuiet: summarise(quiet),
    harper: h,
    ratioP50: ratio(h.p50, o.p50),
    ratioP95: ratio(h.p95, o.p95),
    oursEdit: summarise(oursEdit),
    harperEdit: summarise(harperEdit),
    oursMsPerKChar: Math.round((o.p50 / (plan.chars / 1000)) * 1000) / 1000,
    findingsPerPost: Math.round((findings / plan.posts) * 10) / 10,
  };
}
