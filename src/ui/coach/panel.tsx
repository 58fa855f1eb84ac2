// The panel of cards for one box: focus moves in when it opens, Escape closes it.
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { Card } from './card';
import type { BoxView, CoachActions } from './model';

const WIDTH = 340;

export function Panel({ view, t, actions }: { view: BoxView; t: Translate<CoachKey>; actions: CoachActions }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  // A card that was set aside took the focus with it: keep it in the panel.
  useEffect(() => {
    const root = ref.current?.getRootNode() as ShadowRoot | undefined;
    if (root && !root.activeElement) ref.current?.focus();
  }, [view.cards.length]);
  const left = Math.max(8, Math.min(view.anchor.right - WIDTH, innerWidth - WIDTH - 8));
  // Open on the side with more room, and never past the viewport: a fixed panel cannot be scrolled to.
  const below = innerHeight - view.anchor.bottom - 16;
  const above = view.anchor.top - 16;
  const position =
    below >= Math.min(320, above)
      ? { top: `${view.anchor.bottom + 8}px`, maxHeight: `${Math.min(520, Math.max(160, below))}px` }
      : { bottom: `${innerHeight - view.anchor.top + 8}px`, maxHeight: `${Math.min(520, above)}px` };
  return (
    <section
      ref={ref}
      class="pc-panel"
      role="dialog"
      aria-label={t('title')}
      tabIndex={-1}
      style={{ ...position, left: `${left}px`, width: `${WIDTH}px` }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        actions.close(view.id);
      }}
    >
      <header class="pc-head">
        <h2>{t('title')}</h2>
        <button type="button" class="pc-close" aria-label={t('close')} onClick={() => actions.close(view.id)}>×</button>
      </header>
      {view.note && <p class="pc-note" role="status">{view.note}</p>}
      {view.cards.length ? (
        <ul class="pc-cards" aria-label={t('cardsLabel')}>
          {view.cards.map((card) => (
            <Card
              key={card.rule}
              card={card}
              t={t}
              actions={{
                acknowledge: () => actions.acknowledge(view.id, card.rule),
                dismiss: () => actions.dismiss(view.id, card.rule),
                copy: () => actions.copy(view.id, card.rule),
                apply: () => actions.apply(view.id, card.rule),
              }}
            />
          ))}
        </ul>
      ) : (
        <p class="pc-empty">{t('empty')}</p>
      )}
      {view.praise.length > 0 && (
        <div class="pc-praise">
          <h3>{t('good')}</h3>
          <ul>{view.praise.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      <p class="pc-hint">{t('shortcut')}</p>
    </section>
  );
}
