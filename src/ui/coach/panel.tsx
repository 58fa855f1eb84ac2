// The panel of cards for one box, placed clear of the text and the site's controls (place.ts).
// Focus moves in when it opens (no ring around the whole panel), Escape closes it, a clicked
// highlight's card comes first into view.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate, UiLang } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { Card } from './card';
import { orderCards, type BoxView, type CoachActions } from './model';
import { placePanel, type Rect } from './place';

export function Panel({ view, badge, t, lang, actions }: { view: BoxView; badge: Rect; t: Translate<CoachKey>; lang: UiLang; actions: CoachActions }) {
  const ref = useRef<HTMLElement>(null);
  const [height, setHeight] = useState(360);
  // Opened from the keyboard or the badge: focus moves in. Opened by a click in the text: the caret stays.
  useEffect(() => {
    if (!view.keepFocus) ref.current?.focus({ preventScroll: true });
  }, []);
  // A card that was set aside took the focus with it: keep it in the panel.
  useEffect(() => {
    const root = ref.current?.getRootNode() as ShadowRoot | undefined;
    if (root && !root.activeElement && !view.keepFocus) ref.current?.focus({ preventScroll: true });
  }, [view.cards.length]);
  // The clicked highlight's card: into view and focused.
  useEffect(() => {
    if (!view.focusRule) return;
    const card = ref.current?.querySelector<HTMLElement>(`[data-rule="${CSS.escape(view.focusRule)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
    if (!view.keepFocus) card?.focus({ preventScroll: true });
  }, [view.focusRule]);
  // Measure the content once rendered, so the panel takes only the room it needs.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const natural = el.scrollHeight + 2;
    if (Math.abs(natural - height) > 4) setHeight(natural);
  });
  const place = placePanel(view.box, badge, view.avoid, { width: innerWidth, height: innerHeight }, Math.min(height, 560));
  const cards = orderCards(view.cards);
  return (
    <section
      ref={ref}
      class="pc-panel"
      role="dialog"
      aria-label={t('title')}
      tabIndex={-1}
      style={{ left: `${place.left}px`, top: `${place.top}px`, width: `${place.width}px`, maxHeight: `${place.maxHeight}px` }}
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
      {view.undoRule && (
        <p class="pc-note" role="status">
          {t('setAside', { message: view.undoText ?? '' })}{' '}
          <button type="button" class="pc-link" onClick={() => actions.undoAcknowledge(view.id, view.undoRule!)}>{t('undo')}</button>
        </p>
      )}
      {cards.length ? (
        <ul class="pc-cards" aria-label={t('cardsLabel')}>
          {cards.map((card) => (
            <Card
              key={card.rule}
              card={card}
              t={t}
              lang={lang}
              current={card.rule === view.focusRule}
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
