// The badge beside a box: ✓ when all is well, else the count in the strongest level's colour.
// Placed by place.ts, clear of the text, the Post button and the counter.
import type { Translate } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { strongest, type BoxView } from './model';
import type { Rect } from './place';

export function Badge({ view, at, t, onToggle }: { view: BoxView; at: Rect; t: Translate<CoachKey>; onToggle: () => void }) {
  const count = view.cards.length;
  const severity = strongest(view.cards) ?? 'clean';
  const label = count === 0 ? t('badgeClean') : count === 1 ? t('badgeOne') : t('badgeCount', { count });
  return (
    <button
      type="button"
      class={`pc-badge pc-sev-${severity}`}
      style={{ left: `${at.left}px`, top: `${at.top}px` }}
      aria-label={label}
      title={label}
      aria-expanded={view.open}
      aria-haspopup="dialog"
      data-count={count}
      onMouseDown={(e) => e.preventDefault() /* keep the caret in the editor */}
      onClick={onToggle}
    >
      {count ? String(count) : '✓'}
    </button>
  );
}
