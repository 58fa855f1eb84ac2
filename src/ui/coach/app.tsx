// All badges and the open panel, rendered into the coach's shadow root.
import type { Translate } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { Badge } from './badge';
import type { BoxView, CoachActions } from './model';
import { Panel } from './panel';

export function CoachApp({ views, t, actions }: { views: BoxView[]; t: Translate<CoachKey>; actions: CoachActions }) {
  return (
    <>
      {views.filter((v) => v.visible).map((view) => (
        <div key={view.id}>
          <Badge view={view} t={t} onToggle={() => actions.toggle(view.id)} />
          {view.open && <Panel view={view} t={t} actions={actions} />}
        </div>
      ))}
    </>
  );
}
