// From an engine span (offsets in the read text) back to a DOM Range over the editor's nodes.
import type { Span } from '../engine/types';
import type { TextSegment } from './read-text';

export interface Point {
  node: Text;
  offset: number;
}

function pointAt(segments: readonly TextSegment[], at: number, edge: 'start' | 'end'): Point | undefined {
  for (let i = 0; i < segments.length; i++) {
    const { node, start } = segments[i]!;
    const end = start + node.length;
    if (edge === 'start' ? at >= start && at < end : at > start && at <= end) return { node, offset: at - start };
    // The offset falls on a line break between nodes: snap to the nearest text.
    if (edge === 'start' && start > at) return { node, offset: 0 };
    if (edge === 'end' && start >= at) return prevEnd(segments, i);
  }
  return edge === 'end' ? prevEnd(segments, segments.length) : undefined;
}

function prevEnd(segments: readonly TextSegment[], i: number): Point | undefined {
  const prev = segments[i - 1];
  return prev && { node: prev.node, offset: prev.node.length };
}

/** The text-node points a span starts and ends at (pure: no Range made). */
export function spanPoints(segments: readonly TextSegment[], span: Span): { from: Point; to: Point } | undefined {
  if (span.end <= span.start) return undefined;
  const from = pointAt(segments, span.start, 'start');
  const to = pointAt(segments, span.end, 'end');
  return from && to ? { from, to } : undefined;
}

export function spanToRange(segments: readonly TextSegment[], span: Span): Range | undefined {
  const points = spanPoints(segments, span);
  if (!points) return undefined;
  const { from, to } = points;
  if (!from.node.isConnected || !to.node.isConnected) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? undefined : range;
}
