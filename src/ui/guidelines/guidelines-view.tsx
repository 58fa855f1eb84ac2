// The organisation's guidelines in sections that open on demand, with a search box that opens
// the sections holding a match and marks what it matched. Pack texts are text nodes only.
import { useMemo, useState } from 'preact/hooks';
import type { Pack } from '../../engine/pack/types';
import type { Translate } from '../i18n';
import type { PopupKey } from '../i18n/popup';
import { markMatches } from './mark-matches';
import { filterSections, guidelineSections } from './sections';

interface Props {
  pack: Pack;
  lang: string;
  t: Translate<PopupKey>;
  /** Shown under the empty state, e.g. a link to the options page. */
  emptyHint?: preact.ComponentChildren;
}

export function GuidelinesView({ pack, lang, t, emptyHint }: Props) {
  const [query, setQuery] = useState('');
  const sections = useMemo(() => guidelineSections(pack, lang), [pack, lang]);
  const shown = useMemo(() => filterSections(sections, query, t), [sections, query, t]);
  const searching = query.trim().length > 0;

  if (sections.length === 0) {
    return (
      <div class="notice info" data-testid="no-guidelines">
        <p>{t('noGuidelines')}</p>
        {emptyHint}
      </div>
    );
  }
  return (
    <section class="guidelines" aria-labelledby="guidelines-title">
      <h2 id="guidelines-title" class="panel-heading">{t('guidelinesHeading')}</h2>
      <label class="visually-hidden" for="guideline-search">
        {t('searchLabel')}
      </label>
      <input
        id="guideline-search"
        type="search"
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {shown.length === 0 && (
        <p class="muted" role="status">
          {t('noMatch', { query })}
        </p>
      )}
      {shown.map((section) => (
        <details class="guideline-section" key={`${section.id}-${searching}`} data-section={section.id} open={searching}>
          <summary>
            <h3 class="section-title">
              {t(section.heading)} <span class="count">({section.items.length})</span>
            </h3>
          </summary>
          <ul>
            {section.items.map((item, i) => (
              <li key={i}>
                {item.title && <strong>{markMatches(item.title, query)}</strong>}
                {item.title && item.text ? ': ' : ''}
                {markMatches(item.text, query)}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
