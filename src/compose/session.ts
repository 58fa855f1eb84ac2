// One compose box being coached: reads it off the keystroke path, analyses, draws, and records
// what happens to each nudge. Never writes to the box except through "Apply" (a user action).
import { analyse, type CompiledPack } from '../engine';
import type { Finding, Report } from '../engine/types';
import type { Settings } from '../settings/settings';
import { resolveUiLang } from '../ui/i18n/index';
import type { Pack } from '../engine/pack/types';
import { BoxMarks } from './draw';
import { editorKindOf } from './editor-kind';
import { SessionHistory } from './history';
import { POSTED_WITHIN_MS } from './post-detect';
import { caretOffset } from './caret-offset';
import { readBox, type BoxText } from './read-text';
import { adapterFor, siteKeyFor, type EditorKind, type SiteAdapter } from './sites';
import { typedBoxes } from './handoff';

const DEBOUNCE_MS = 300;
const REPLY_LABEL = /reply|antwoord|reageer|reactie|comment/i;

export interface SessionEnv {
  compiled(): CompiledPack | undefined;
  settings(): Settings;
  pack(): Pack;
  overlays: HTMLElement;
  changed(): void;
}

export class ComposeSession {
  readonly adapter: SiteAdapter | undefined;
  readonly site: string;
  readonly editor: EditorKind;
  read: BoxText = { text: '', segments: [] };
  report: Report | undefined;
  open = false;
  note: string | undefined;
  submitAt = 0;
  lastInput = 0;
  private readonly acknowledged = new Set<string>();
  private readonly history: SessionHistory;
  private readonly marks: BoxMarks;
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private analysedWith: CompiledPack | undefined;
  /** What was last drawn and where, so an unchanged state is not drawn again. */
  private drawing = '';
  private place = '';

  constructor(readonly id: number, readonly box: HTMLElement, private readonly env: SessionEnv) {
    this.adapter = adapterFor(box, location.hostname);
    this.site = siteKeyFor(box, location.hostname);
    this.editor = editorKindOf(box, this.adapter?.editor);
    this.marks = new BoxMarks(box, env.overlays);
    this.history = new SessionHistory(() => {
      const pack = env.pack();
      // settings() holds the privacy in force (policy > pack > user, src/settings/effective.ts).
      return { site: this.site, packId: pack.id, packVersion: pack.version, privacy: env.settings().privacy };
    });
    // Observing is read-only; editors that change text without an input event are caught here.
    this.observer = new MutationObserver(() => this.schedule());
    if (!(box instanceof HTMLTextAreaElement)) this.observer.observe(box, { childList: true, characterData: true, subtree: true });
    box.addEventListener('input', this.onInput);
  }

  private readonly onInput = () => {
    this.lastInput = Date.now();
    this.schedule();
  };

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => requestIdleCallback(() => this.run(), { timeout: DEBOUNCE_MS }), DEBOUNCE_MS);
  }

  /** Settings or the pack changed: the next run analyses again even if the text did not change. */
  invalidate(): void {
    this.analysedWith = undefined;
  }

  /** True once the user typed, pasted or dropped into the box (trusted input): only then is it coached. */
  typed(): boolean {
    return typedBoxes().has(this.box);
  }

  /** Reads and analyses now (also called by the 1 s tick: textareas change without events). */
  run(): void {
    const compiled = this.env.compiled();
    if (!compiled || !this.box.isConnected) return;
    // A box only the page's scripts filled gets no findings and no history: else a page could
    // read the pack through the coach, or write the history.
    if (!this.typed()) return;
    const read = readBox(this.box);
    if (read.text === this.read.text && compiled === this.analysedWith) return this.draw(read);
    const before = this.read.text;
    this.analysedWith = compiled;
    if (!read.text.trim()) {
      if (before.trim() && Date.now() - this.submitAt < POSTED_WITHIN_MS) this.posted();
      this.report = undefined;
    } else {
      const settings = this.env.settings();
      this.report = analyse(
        {
          text: read.text,
          site: this.site,
          reply: this.adapter?.isReply?.(this.box) ?? REPLY_LABEL.test(this.box.getAttribute('aria-label') ?? ''),
          role: settings.role,
          uiLang: resolveUiLang(settings.uiLang),
          intensity: settings.intensity,
        },
        compiled,
      );
      this.history.update(this.report, read.text);
    }
    this.draw(read);
  }

  /** Findings the user has not set aside, in the engine's order. */
  visible(): Finding[] {
    return (this.report?.findings ?? []).filter((f) => !this.acknowledged.has(f.rule) && !this.history.isDismissed(f.rule));
  }

  /** Forces the next draw (the panel's state changed). */
  private redraw(): void {
    this.drawing = '';
    this.draw(this.read);
  }

  acknowledge(rule: string): void {
    const f = this.report?.findings.find((x) => x.rule === rule);
    if (!f || !this.report) return;
    this.acknowledged.add(rule);
    this.history.acknowledge(f, this.report, this.read.text);
    this.redraw();
  }

  /** "Got it" taken back: the card shows again. */
  unacknowledge(rule: string): void {
    if (this.acknowledged.delete(rule)) this.draw(this.read);
  }

  dismiss(rule: string): void {
    const f = this.report?.findings.find((x) => x.rule === rule);
    if (!f || !this.report) return;
    this.history.dismiss(f, this.report, this.read.text);
    this.redraw();
  }

  /** The post went out: record it and start a new one. */
  posted(): void {
    if (!this.typed()) return;
    this.history.posted(this.report, this.read.text);
    this.acknowledged.clear();
    this.submitAt = 0;
  }

  reposition(): void {
    this.marks.reposition();
  }

  drawn() {
    return this.marks.drawn();
  }

  /** The finding highlighted under a viewport point (hover, click). */
  markAt(x: number, y: number) {
    return this.marks.hitAt(x, y);
  }

  /** The finding highlighted at the caret, if the caret is in one of the box's marks. */
  ruleAtCaret(): string | undefined {
    const offset = caretOffset(this.box, this.read);
    return offset === undefined ? undefined : this.marks.ruleAtOffset(offset);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.box.removeEventListener('input', this.onInput);
    if (!this.box.isConnected && this.read.text.trim() && Date.now() - this.submitAt < POSTED_WITHIN_MS) this.posted();
    this.history.flush();
    this.marks.clear();
  }

  private draw(read: BoxText): void {
    const visible = this.visible();
    const drawing = drawingKey(read, visible, (this.report?.praise ?? []).map((p) => p.message));
    const rect = this.box.getBoundingClientRect();
    const place = `${rect.left},${rect.top},${rect.width},${rect.height}`;
    const sameNodes = read.segments.length === this.read.segments.length && read.segments.every((s, i) => s.node === this.read.segments[i]!.node);
    this.read = read;
    this.history.flush();
    // Nothing changed (the 1 s tick, a mutation that left the text alone): no redraw, no render.
    if (drawing === this.drawing && sameNodes) {
      if (place !== this.place) {
        this.place = place;
        this.marks.reposition();
        this.env.changed();
      }
      return;
    }
    this.drawing = drawing;
    this.place = place;
    this.marks.draw(read, visible);
    this.env.changed();
  }
}

/** The text, the visible findings and the praise: equal keys draw and render the same. */
function drawingKey(read: BoxText, visible: readonly Finding[], praise: readonly string[]): string {
  const findings = visible.map((f) => `${f.rule}:${f.severity}:${f.message}:${f.spans.map((s) => `${s.start}-${s.end}`).join(',')}`);
  return [read.text, findings.join('|'), praise.join('|')].join('\u0000');
}
