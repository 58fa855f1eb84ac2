// The UI-language choice every page offers: follow the browser, Dutch or English.
import type { Settings } from '../../settings/settings';
import { saveSettings } from '../../settings/store';

interface Props {
  value: Settings['uiLang'];
  label: string;
  autoLabel: string;
  id?: string;
}

export function LangSelect({ value, label, autoLabel, id = 'ui-lang' }: Props) {
  return (
    <span class="lang-select">
      <label for={id}>{label}</label>{' '}
      <select
        id={id}
        value={value}
        onChange={(e) => void saveSettings({ uiLang: (e.currentTarget as HTMLSelectElement).value as Settings['uiLang'] })}
      >
        <option value="auto">{autoLabel}</option>
        <option value="nl" lang="nl">Nederlands</option>
        <option value="en" lang="en">English</option>
      </select>
    </span>
  );
}
