// Builds one valid event with overrides; shared by the unit tests of the history.
import type { HistoryEvent } from './events';

export function makeEvent(over: Partial<HistoryEvent> = {}): HistoryEvent {
  return {
    id: 'e1',
    time: Date.UTC(2026, 10, 20, 12),
    site: 'x',
    rule: 'broadcast-only',
    category: 'broadcasting',
    severity: 'nudge',
    packId: 'default',
    packVersion: '0.1.0',
    lang: 'en',
    outcome: 'shown',
    postId: 'p1',
    ...over,
  };
}
