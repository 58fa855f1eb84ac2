// Training rows: every post of every source turned into its signal vector once, and the rule
// for which labels a post may teach. A post teaches the labels it was judged on; a reply with
// no label also teaches "none of the others" (replies in customer service should get no
// nudge at all, the real files' README says so).
import { postSignals, type CompiledPack } from '../../src/engine';
import { LABELS, type Label } from '../../src/engine/labels';
import { judgedLabels, type CorpusPost, type Source } from '../../cli/corpus';
import { RULES } from '../../src/rules';
import type { Example } from './fit';

export const MODEL_LABELS = ['broadcasting', 'self-promotion', 'press-release'] as const satisfies readonly Label[];
export type ModelLabel = (typeof MODEL_LABELS)[number];

/**
 * A source weighs SOURCE_WEIGHT posts, more with the log of its size: a big real file counts
 * for more than sixty posts we wrote, but never so much that it teaches its own coding habits
 * over the label definitions the smaller sources were written from.
 */
export const SOURCE_WEIGHT = 150;

export function sourceWeight(posts: number): number {
  return SOURCE_WEIGHT * Math.max(0.5, 1 + Math.log10(posts / 100));
}

export interface Row {
  post: CorpusPost;
  source: string;
  x: Float64Array;
}

export function rowsOf(sources: readonly Source[], packFor: (org: string) => CompiledPack): Row[] {
  const rows: Row[] = [];
  for (const source of sources) {
    for (const post of source.posts) {
      const set = postSignals({ text: post.text, site: post.site, reply: post.reply ?? false }, packFor(post.org));
      rows.push({ post, source: source.name, x: set.values });
    }
  }
  return rows;
}

export function targetOf(post: CorpusPost, label: Label): 0 | 1 | undefined {
  if (judgedLabels(post).includes(label)) return post.labels.includes(label) ? 1 : 0;
  if (post.reply && post.labels.length === 0) return 0;
  return undefined;
}

/** The examples for one label, each source weighing sourceWeight(its size) posts in all. */
export function examplesFor(rows: readonly Row[], label: Label): Example[] {
  const bySource = new Map<string, { x: Float64Array; y: 0 | 1 }[]>();
  for (const r of rows) {
    const y = targetOf(r.post, label);
    if (y === undefined) continue;
    const list = bySource.get(r.source) ?? [];
    list.push({ x: r.x, y });
    bySource.set(r.source, list);
  }
  const out: Example[] = [];
  for (const list of bySource.values()) {
    const s = sourceWeight(list.length) / list.length;
    for (const e of list) out.push({ ...e, s });
  }
  return out;
}

/**
 * The detectors' own examples are a source too: each fire example is a positive of its rule's
 * label and each pass example a negative, judged on that label only. A false positive someone
 * reports becomes a pass example, and so teaches the model.
 */
export function examplesSource(): Source {
  const posts: CorpusPost[] = [];
  for (const rule of RULES) {
    if (!(MODEL_LABELS as readonly string[]).includes(rule.id)) continue;
    for (const kind of ['fire', 'pass'] as const) {
      rule.examples[kind].forEach((e, i) => {
        posts.push({ id: `${rule.id}-${kind}-${i}`, org: e.pack ?? 'default', lang: e.lang, site: e.site, reply: e.reply ?? false, text: e.text, labels: kind === 'fire' ? [rule.id] : [], judged: [rule.id] });
      });
    }
  }
  return { name: 'examples', kind: 'written', posts, frozen: false };
}

export { LABELS };
