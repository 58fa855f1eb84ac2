// One compact card: the level and what was noticed, the pack's guideline on one line that
// opens, the suggestion once (as the post could read), and the actions.
import type { Translate, UiLang } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { categoryName, SEVERITY_NAMES } from '../shared/vocabulary';
import type { CardModel } from './model';

export interface CardActions {
  acknowledge(): void;
  dismiss(): void;
  copy(): void;
  apply(): void;
}

export function Card({ card, t, lang, current, actions }: { card: CardModel; t: Translate<CoachKey>; lang: UiLang; current: boolean; actions: CardActions }) {
  return (
    <li class={`pc-card pc-cat-${card.category}${current ? ' pc-current' : ''}`} data-rule={card.rule} data-category={card.category} tabIndex={-1}>
      <p class="pc-card-head">
        <span class={`pc-sev pc-sev-${card.severity}`}>{SEVERITY_NAMES[lang][card.severity]}</span>
        <span class="pc-cat-name">{categoryName(card.category, lang)}</span>
      </p>
      <p class="pc-message">{card.message}</p>
      {card.why && (
        <details class="pc-why">
          <summary>
            <span class="pc-label">{t('why')}:</span> <span class="pc-why-line">{card.why}</span>
          </summary>
          <blockquote>{card.why}</blockquote>
        </details>
      )}
      {card.replacement ? (
        <figure class="pc-preview">
          <figcaption class="pc-label">{t('suggestion')}</figcaption>
          <p class="pc-post">
            {card.preview ? (
              <>
                {card.preview.before}
                <ins>{card.preview.inserted}</ins>
                {card.preview.after}
              </>
            ) : (
              card.replacement.trim()
            )}
          </p>
        </figure>
      ) : (
        card.suggestion && <p class="pc-suggestion">{card.suggestion}</p>
      )}
      <div class="pc-actions">
        {card.replacement && card.canApply && <button type="button" class="pc-primary" onClick={actions.apply}>{t('apply')}</button>}
        {card.replacement && <button type="button" onClick={actions.copy}>{t('copy')}</button>}
        <button type="button" onClick={actions.acknowledge}>{t('gotIt')}</button>
        <button type="button" class="pc-quiet" onClick={actions.dismiss}>{t('notRelevant')}</button>
      </div>
    </li>
  );
}
