// The one line of a highlight's card, next to the highlighted words while the pointer is on them.
// Above the line when there is room, else below; pointer events pass through it.
import type { Translate, UiLang } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { SEVERITY_NAMES } from '../shared/vocabulary';
import type { BoxView } from './model';

export function HoverTip({ view, t, lang }: { view: BoxView; t: Translate<CoachKey>; lang: UiLang }) {
  const hover = view.hover;
  if (!hover) return null;
  const card = view.cards.find((c) => c.rule === hover.rule);
  if (!card) return null;
  const width = Math.min(320, innerWidth - 16);
  const left = Math.max(8, Math.min(hover.rect.left, innerWidth - width - 8));
  const above = hover.rect.top > 90;
  const style = above ? { left: `${left}px`, bottom: `${innerHeight - hover.rect.top + 6}px`, maxWidth: `${width}px` } : { left: `${left}px`, top: `${hover.rect.bottom + 6}px`, maxWidth: `${width}px` };
  return (
    <div class={`pc-tip pc-cat-${card.category}`} role="tooltip" style={style} data-rule={card.rule}>
      <strong>{SEVERITY_NAMES[lang][card.severity]}:</strong> {card.message}
      <span class="pc-tip-hint">{t('hoverHint')}</span>
    </div>
  );
}
