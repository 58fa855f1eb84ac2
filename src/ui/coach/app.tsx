// All badges, the open panel and the hover line, rendered into the coach's shadow root.
import type { Translate, UiLang } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { Badge } from './badge';
import { HoverTip } from './hover-tip';
import type { BoxView, CoachActions } from './model';
import { Panel } from './panel';
import { placeBadge } from './place';

export function CoachApp({ views, t, lang, actions }: { views: BoxView[]; t: Translate<CoachKey>; lang: UiLang; actions: CoachActions }) {
  return (
    <>
      {views.filter((v) => v.visible).map((view) => {
        const badge = placeBadge(view.box, view.avoid, { width: innerWidth, height: innerHeight });
        return (
          <div key={view.id}>
            <Badge view={view} at={badge} t={t} onToggle={() => actions.toggle(view.id)} />
            {view.open && <Panel view={view} badge={badge} t={t} lang={lang} actions={actions} />}
            {!view.open && <HoverTip view={view} t={t} lang={lang} />}
          </div>
        );
      })}
    </>
  );
}
