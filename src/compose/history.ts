// Turns what happens in one compose session into history events for the background, which is
// the only writer. Privacy: the pack's level wins over the user's; nothing is sent as text
// unless that level allows it.
import { sendHistory } from '../history/send';
import type { Finding, Report } from '../engine/types';
import type { HistoryEvent, Outcome, Privacy } from '../history/events';

export interface HistoryContext {
  site: string;
  packId: string;
  packVersion: string;
  privacy: Privacy;
}

const EXCERPT_MAX = 120;

export class SessionHistory {
  private postId = crypto.randomUUID();
  /** Rules shown in this post and not yet resolved, with the finding last seen and the text it was found in. */
  private readonly open = new Map<string, { finding: Finding; text: string }>();
  private readonly dismissed = new Set<string>();
  private queue: HistoryEvent[] = [];

  constructor(private readonly context: () => HistoryContext) {}

  /** Compares a new report with the open nudges: new ones were shown, vanished ones fixed. */
  update(report: Report, text: string): void {
    const now = new Set(report.findings.map((f) => f.rule));
    for (const [rule, seen] of this.open) {
      if (!now.has(rule)) {
        this.open.delete(rule);
        // The finding's spans point into the text it was found in, not into the edited text:
        // the excerpt of a fix is what the post said before the edit.
        this.add('fixed', seen.finding, report, text, seen.text);
      }
    }
    for (const finding of report.findings) {
      if (this.dismissed.has(finding.rule)) continue;
      const known = this.open.has(finding.rule);
      this.open.set(finding.rule, { finding, text });
      if (!known) this.add('shown', finding, report, text);
    }
  }

  acknowledge(finding: Finding, report: Report, text: string): void {
    this.add('acknowledged', finding, report, text);
  }

  dismiss(finding: Finding, report: Report, text: string): void {
    this.dismissed.add(finding.rule);
    this.open.delete(finding.rule);
    this.add('dismissed', finding, report, text);
  }

  isDismissed(rule: string): boolean {
    return this.dismissed.has(rule);
  }

  /** The post went out: one event per nudge still open, or one 'posted-clean'. Starts a new post. */
  posted(report: Report | undefined, text: string): void {
    const open = (report?.findings ?? []).filter((f) => !this.dismissed.has(f.rule));
    if (open.length) for (const f of open) this.add('posted-open', f, report, text);
    else this.add('posted-clean', undefined, report, text);
    this.open.clear();
    this.dismissed.clear();
    this.postId = crypto.randomUUID();
    this.flush();
  }

  flush(): void {
    if (!this.queue.length) return;
    const events = this.queue;
    this.queue = [];
    // Retried with the same ids until the background acknowledges (e.g. while its service
    // worker restarts); the store never counts an id twice. Never disturbs the page.
    void sendHistory(events).catch(() => undefined);
  }

  /** `spanText` is the text the finding's spans point into (the text before the edit, for a fix). */
  private add(outcome: Outcome, finding: Finding | undefined, report: Report | undefined, text: string, spanText = text): void {
    const { site, packId, packVersion, privacy } = this.context();
    const span = finding?.spans[0];
    this.queue.push({
      id: crypto.randomUUID(),
      time: Date.now(),
      site,
      rule: finding?.rule ?? '',
      category: finding?.category ?? '',
      severity: finding?.severity ?? '',
      packId,
      packVersion,
      lang: report?.language ?? 'other',
      outcome,
      postId: this.postId,
      ...(privacy !== 'none' && span ? { excerpt: spanText.slice(span.start, span.end).slice(0, EXCERPT_MAX) } : {}),
      ...(privacy === 'text' ? { text } : {}),
    });
  }
}
