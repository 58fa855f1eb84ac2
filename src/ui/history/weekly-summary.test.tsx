import { describe, expect, it } from 'vitest';
import type { VNode } from 'preact';
import { WeeklySummaryView } from './weekly-summary';
import type { WeeklySummary } from '../../history/summary';

/** The text a user would read, from the component's output (no DOM needed). */
function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const v = node as VNode<{ children?: unknown }>;
  if (typeof v.type === 'function') return textOf((v.type as (p: unknown) => unknown)(v.props));
  return textOf(v.props?.children);
}

const week = (over: Partial<WeeklySummary>): WeeklySummary => ({ from: 0, posts: 0, conversational: 0, nudges: 0, actedOn: 0, ...over });

describe('the weekly summary', () => {
  it('leads with posts sent and conversations started, then nudges acted on', () => {
    const text = textOf(WeeklySummaryView({ summary: week({ posts: 5, conversational: 4, nudges: 6, actedOn: 3 }), lang: 'en' }));
    expect(text).toContain('5 posts sent, 4 of them invited a conversation');
    expect(text).toContain('3 of 6 nudges acted on');
    expect(text).toContain('Nice work');
  });

  it('speaks Dutch', () => {
    const text = textOf(WeeklySummaryView({ summary: week({ posts: 2, conversational: 0, nudges: 2, actedOn: 0 }), lang: 'nl' }));
    expect(text).toContain('2 berichten geplaatst, waarvan 0 uitnodigden tot gesprek');
    expect(text).toContain('0 van 2 tips opgevolgd');
    expect(text).not.toContain('Goed bezig');
  });

  it('has a friendly empty state', () => {
    expect(textOf(WeeklySummaryView({ summary: week({}), lang: 'en' }))).toContain('No posts yet this week');
  });
});
