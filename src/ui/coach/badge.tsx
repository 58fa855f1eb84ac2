// The badge at a box's corner: ✓ when all is well, else the count in the strongest severity's colour.
import type { Translate } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { strongest, type BoxView } from './model';

const SIZE = 24;

export function Badge({ view, t, onToggle }: { view: BoxView; t: Translate<CoachKey>; onToggle: () => void }) {
  const count = view.cards.length;
  const severity = strongest(view.cards) ?? 'clean';
  const label = count ? t('badgeCount', { count }) : t('badgeClean');
  return (
    <button
      type="button"
      class={`pc-badge pc-${severity}`}
      style={{ left: `${view.anchor.right - SIZE - 6}px`, top: `${view.anchor.bottom - SIZE - 6}px` }}
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
