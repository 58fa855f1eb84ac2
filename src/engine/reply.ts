// "Is this a reply": asked by several detectors, answered once per analysis (ctx.reply).
import type { AnalyseInput } from './types';

/** An @mention opening the post: how a reply starts on X, Mastodon, Bluesky and Threads. */
const LEADING_MENTION = /^\s*@[\p{L}\p{N}_]/u;

/** The post answers someone: the caller says so, or it opens with an @mention. */
export function isReply(input: Pick<AnalyseInput, 'reply'>, text: string): boolean {
  return input.reply === true || LEADING_MENTION.test(text);
}
