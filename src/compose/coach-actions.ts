// What the panel's buttons do. Copy always works from our own click; Apply is offered only on
// verified editors and still falls back to Copy when the editor's text is not what we expect.
import type { Translate } from '../ui/i18n/index';
import type { CoachKey } from '../ui/i18n/coach';
import type { CoachActions } from '../ui/coach/model';
import { applyReplacement, copyText } from './apply-fix';
import type { CoachState } from './coach';
import { rememberInserted } from './inserted-text';
import { readBox } from './read-text';
import { uiStateOf } from './ui-state';

export function coachActions(state: CoachState, render: () => void, t: () => Translate<CoachKey>): CoachActions {
  const find = (id: number) => state.sessions.find((s) => s.id === id);
  const finding = (id: number, rule: string) => find(id)?.report?.findings.find((f) => f.rule === rule);
  const say = (id: number, note: string) => {
    const s = find(id);
    if (s) s.note = note;
    render();
  };
  return {
    toggle(id) {
      for (const s of state.sessions) s.open = s.id === id ? !s.open : false;
      const s = find(id);
      if (s) {
        s.note = undefined;
        const ui = uiStateOf(s);
        ui.focusRule = undefined;
        ui.keepFocus = false;
        ui.hover = undefined;
      }
      render();
    },
    close(id) {
      const s = find(id);
      if (!s) return;
      s.open = false;
      uiStateOf(s).undoRule = undefined;
      render();
      s.box.focus();
    },
    acknowledge(id, rule) {
      const s = find(id);
      if (!s) return;
      const ui = uiStateOf(s);
      ui.undoRule = rule;
      ui.undoText = finding(id, rule)?.message ?? '';
      s.note = undefined;
      s.acknowledge(rule);
    },
    undoAcknowledge(id, rule) {
      const s = find(id);
      if (!s) return;
      uiStateOf(s).undoRule = undefined;
      uiStateOf(s).focusRule = rule;
      s.unacknowledge(rule);
    },
    dismiss: (id, rule) => find(id)?.dismiss(rule),
    async copy(id, rule) {
      const text = finding(id, rule)?.replacement?.text;
      if (text !== undefined) say(id, t()(await copyText(text) ? 'copied' : 'copyFailed'));
    },
    async apply(id, rule) {
      const s = find(id);
      s?.run(); // the text may have changed since the last analysis
      const change = finding(id, rule)?.replacement;
      if (!s || !change) return;
      const ok = await applyReplacement(s.box, readBox(s.box), change);
      if (ok) rememberInserted(s, change.text);
      else await copyText(change.text);
      s.open = true;
      s.run();
      say(id, t()(ok ? 'applied' : 'applyFailed'));
    },
  };
}
