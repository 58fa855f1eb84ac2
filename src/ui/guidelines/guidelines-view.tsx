// The organisation's guidelines with a filter box. Pack texts are rendered as text nodes only.
import { useMemo, useState } from 'preact/hooks';
import type { Pack } from '../../engine/pack/types';
import type { Translate } from '../i18n';
import type { PopupKey } from '../i18n/popup';
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

  if (sections.length === 0) {
    return (
      <div class="notice info" data-testid="no-guidelines">
        <p>{t('noGuidelines')}</p>
        {emptyHint}
      </div>
    );
  }
  return (
    <section class="guidelines">
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
        <div class="guideline-section" key={section.id} data-section={section.id}>
          <h2>{t(section.heading)}</h2>
          <ul>
            {section.items.map((item, i) => (
              <li key={i}>
                {item.title && <strong>{item.title}</strong>}
                {item.title && item.text ? ': ' : ''}
                {item.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
