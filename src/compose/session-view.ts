// What the UI and the test hook see of a session.
import type { BoxView, CardModel } from '../ui/coach/model';
import { previewOf } from '../ui/coach/preview';
import { canApply } from './apply-support';
import { ownPraise } from './inserted-text';
import type { ComposeSession } from './session';
import { siteControlRects } from './site-controls';
import { uiStateOf } from './ui-state';

export function viewOf(session: ComposeSession): BoxView {
  const rect = session.box.getBoundingClientRect();
  const text = session.read.text;
  const cards: CardModel[] = session.visible().map((f) => ({
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    message: f.message,
    why: f.why,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.replacement ? { replacement: f.replacement.text, preview: previewOf(text, f.replacement.span, f.replacement.text) } : {}),
    canApply: !!f.replacement && canApply(session.editor, f.replacement.text),
  }));
  const ui = uiStateOf(session);
  const hoverCard = ui.hover && cards.find((c) => c.rule === ui.hover!.rule);
  const visible = rect.width > 0 && rect.height > 0 && (!!text.trim() || session.open);
  return {
    id: session.id,
    box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
    avoid: visible ? siteControlRects(session.box, session.adapter) : [],
    visible,
    cards,
    praise: ownPraise(session, session.report?.praise ?? [], text).map((p) => p.message),
    open: session.open,
    ...(ui.focusRule ? { focusRule: ui.focusRule } : {}),
    ...(ui.keepFocus && session.open ? { keepFocus: true } : {}),
    ...(hoverCard && ui.hover ? { hover: { ...ui.hover, message: hoverCard.message } } : {}),
    ...(session.note ? { note: session.note } : {}),
    ...(ui.undoRule && session.open ? { undoRule: ui.undoRule, undoText: ui.undoText ?? '' } : {}),
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
    praise: ownPraise(session, session.report?.praise ?? [], session.read.text).map((p) => p.kind),
    highlights: session.drawn(),
  };
}
