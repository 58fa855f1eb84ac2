// The popup's weekly summary: what went well first (posts, conversations started, nudges
// acted on), then what is left. Takes plain data, so the popup decides how to load it.
import type { WeeklySummary } from '../../history/summary';
import { makeT, type UiLang } from '../i18n/index';
import { reviewCatalog } from '../i18n/review';
import { formatCount } from './format';

export function WeeklySummaryView({ summary, lang }: { summary: WeeklySummary; lang: UiLang }) {
  const t = makeT(reviewCatalog, lang);
  const n = (x: number) => formatCount(x, lang);
  const mostlyConversation = summary.posts >= 2 && summary.conversational / summary.posts >= 0.5;
  return (
    <section class="weekly-summary" aria-labelledby="weekly-summary-title">
      <h2 id="weekly-summary-title">{t('weekTitle')}</h2>
      {summary.posts === 0 && summary.nudges === 0 ? (
        <p class="empty">{t('weekEmpty')}</p>
      ) : (
        <ul>
          {/* Posts are counted when the coach saw them go out; none seen is not "none written". */}
          {summary.posts > 0 ? (
            <li class="week-posts">
              {t('weekPosts', { count: n(summary.posts) })}, {t('weekConversation', { count: n(summary.conversational) })}
            </li>
          ) : null}
          <li class="week-acted">{summary.nudges ? t('weekActed', { fixed: n(summary.actedOn), nudges: n(summary.nudges) }) : t('weekNudgesNone')}</li>
          {mostlyConversation ? <li class="week-cheer">{t('weekCheer')}</li> : null}
        </ul>
      )}
    </section>
  );
}
