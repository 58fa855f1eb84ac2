// The filter bar: date range, site, rule, outcome and a search box (applied after a short
// pause in typing, or at once with Enter).
import { useEffect, useState } from 'preact/hooks';
import { OUTCOMES, type Outcome } from '../../history/events';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { ruleName, siteName } from '../shared/vocabulary';

const PRESETS = [7, 30, 90] as const;

/** The local calendar day `days` before today, as the date input writes it. */
export function dayBefore(days: number, now = new Date()): string {
  const d = new Date(now);
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface FilterValues {
  from: string;
  to: string;
  site: string;
  rule: string;
  outcome: '' | Outcome;
  search: string;
}

export const NO_FILTERS: FilterValues = { from: '', to: '', site: '', rule: '', outcome: '', search: '' };

interface Props {
  t: Translate<ReviewKey>;
  lang: UiLang;
  values: FilterValues;
  sites: string[];
  rules: string[];
  onChange: (values: FilterValues) => void;
}

export function Filters({ t, lang, values, sites, rules, onChange }: Props) {
  const [search, setSearch] = useState(values.search);
  useEffect(() => setSearch(values.search), [values.search]);
  useEffect(() => {
    if (search === values.search) return undefined;
    const timer = setTimeout(() => onChange({ ...values, search }), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const set = (patch: Partial<FilterValues>) => onChange({ ...values, ...patch });
  const select = (id: keyof FilterValues, label: string, options: { value: string; label: string }[]) => (
    <label>
      {label}
      <select id={`filter-${id}`} value={values[id]} onChange={(e) => set({ [id]: (e.target as HTMLSelectElement).value })}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset class="filters">
      <legend>{t('filters')}</legend>
      <div class="presets" role="group" aria-label={t('presets')}>
        {PRESETS.map((days) => (
          <button type="button" key={days} aria-pressed={values.from === dayBefore(days - 1) && !values.to} onClick={() => set({ from: dayBefore(days - 1), to: '' })}>
            {t('lastDays', { days })}
          </button>
        ))}
        <button type="button" aria-pressed={!values.from && !values.to} onClick={() => set({ from: '', to: '' })}>{t('allTime')}</button>
      </div>
      <label>
        {t('from')}
        <input id="filter-from" type="date" value={values.from} onChange={(e) => set({ from: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        {t('to')}
        <input id="filter-to" type="date" value={values.to} onChange={(e) => set({ to: (e.target as HTMLInputElement).value })} />
      </label>
      {select('site', t('site'), sites.map((s) => ({ value: s, label: siteName(s) })))}
      {select('rule', t('rule'), rules.map((r) => ({ value: r, label: ruleName(r, lang) })))}
      {select('outcome', t('outcome'), OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) })))}
      <label>
        {t('search')}
        <input
          id="filter-search"
          type="search"
          placeholder={t('searchHint')}
          value={search}
          onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && onChange({ ...values, search })}
        />
      </label>
      <button type="button" onClick={() => onChange(NO_FILTERS)}>{t('resetFilters')}</button>
    </fieldset>
  );
}
