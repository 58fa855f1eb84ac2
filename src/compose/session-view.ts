// What the UI and the test hook see of a session.
import type { BoxView, CardModel } from '../ui/coach/model';
import { canApply } from './apply-support';
import type { ComposeSession } from './session';

export function viewOf(session: ComposeSession): BoxView {
  const rect = session.box.getBoundingClientRect();
  const cards: CardModel[] = session.visible().map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    why: f.why,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.replacement ? { replacement: f.replacement.text } : {}),
    canApply: !!f.replacement && canApply(session.editor, f.replacement.text),
  }));
  return {
    id: session.id,
    anchor: { right: rect.right, bottom: rect.bottom, top: rect.top },
    visible: rect.width > 0 && rect.height > 0 && (!!session.read.text.trim() || session.open),
    cards,
    praise: (session.report?.praise ?? []).map((p) => p.message),
    open: session.open,
    ...(session.note ? { note: session.note } : {}),
  };
}

/** Texts and offsets only: what the tests need to check, never sent anywhere. */
export function testStateOf(session: ComposeSession) {
  const visible = session.visible();
  return {
    id: session.id,
    site: session.site,
    editor: session.editor,
    text: session.read.text,
    badge: visible.length ? String(visible.length) : '✓',
    open: session.open,
    findings: visible.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      spans: f.spans,
      texts: f.spans.map((s) => session.read.text.slice(s.start, s.end)),
      replacement: f.replacement ?? null,
    })),
    praise: (session.report?.praise ?? []).map((p) => p.kind),
    highlights: session.drawn(),
  };
}
