// One nudge: what was noticed, why (the pack's guideline, quoted), a suggestion and the actions.
import type { Translate } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import type { CardModel } from './model';

export interface CardActions {
  acknowledge(): void;
  dismiss(): void;
  copy(): void;
  apply(): void;
}

export function Card({ card, t, actions }: { card: CardModel; t: Translate<CoachKey>; actions: CardActions }) {
  return (
    <li class={`pc-card pc-${card.severity}`} data-rule={card.rule}>
      <p class="pc-severity">{t(`severity.${card.severity}`)}</p>
      <p class="pc-message">{card.message}</p>
      {card.why && (
        <div class="pc-why">
          <span class="pc-label">{t('why')}</span>
          <blockquote>{card.why}</blockquote>
        </div>
      )}
      {card.suggestion && (
        <p class="pc-suggestion">
          <span class="pc-label">{t('suggestion')}</span> {card.suggestion}
        </p>
      )}
      {card.replacement && <p class="pc-replacement">{card.replacement.trim()}</p>}
      <div class="pc-actions">
        <button type="button" onClick={actions.acknowledge}>{t('gotIt')}</button>
        <button type="button" onClick={actions.dismiss}>{t('notRelevant')}</button>
        {card.replacement && <button type="button" onClick={actions.copy}>{t('copy')}</button>}
        {card.replacement && card.canApply && <button type="button" onClick={actions.apply}>{t('apply')}</button>}
      </div>
    </li>
  );
}
