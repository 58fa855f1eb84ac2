// The post as it would read after a replacement, cut to a short context around the change, so
// the card shows the suggestion once, the way it would look in the post.
const CONTEXT = 90;

export function previewOf(text: string, span: { start: number; end: number }, inserted: string) {
  const beforeFull = text.slice(0, span.start);
  const afterFull = text.slice(span.end);
  const before = beforeFull.length > CONTEXT ? `…${beforeFull.slice(-CONTEXT).replace(/^\S*\s/, '')}` : beforeFull;
  const after = afterFull.length > CONTEXT ? `${afterFull.slice(0, CONTEXT).replace(/\s\S*$/, '')}…` : afterFull;
  return { before, inserted, after };
}
