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

  constructor(readonly id: number, readonly box: HTMLElement, private readonly env: SessionEnv) {
    this.adapter = adapterFor(box, location.hostname);
    this.site = siteKeyFor(box, location.hostname);
    this.editor = editorKindOf(box, this.adapter?.editor);
    this.marks = new BoxMarks(box, env.overlays);
    this.history = new SessionHistory(() => {
      const pack = env.pack();
      return { site: this.site, packId: pack.id, packVersion: pack.version, privacy: pack.history?.privacy ?? env.settings().privacy };
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

  /** Reads and analyses now (also called by the 1 s tick: textareas change without events). */
  run(): void {
    const compiled = this.env.compiled();
    if (!compiled || !this.box.isConnected) return;
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
          intensity: this.env.pack().intensity ?? settings.intensity,
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

  acknowledge(rule: string): void {
    const f = this.report?.findings.find((x) => x.rule === rule);
    if (!f || !this.report) return;
    this.acknowledged.add(rule);
    this.history.acknowledge(f, this.report, this.read.text);
    this.draw(this.read);
  }

  /** "Got it" taken back: the card shows again. */
  unacknowledge(rule: string): void {
    if (this.acknowledged.delete(rule)) this.draw(this.read);
  }

  dismiss(rule: string): void {
    const f = this.report?.findings.find((x) => x.rule === rule);
    if (!f || !this.report) return;
    this.history.dismiss(f, this.report, this.read.text);
    this.draw(this.read);
  }

  /** The post went out: record it and start a new one. */
  posted(): void {
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
    this.read = read;
    this.marks.draw(read, this.visible());
    this.history.flush();
    this.env.changed();
  }
}
