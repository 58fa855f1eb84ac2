// The built-in sites on and off, and the extra sites the user switched on (removable).
import { browser } from 'wxt/browser';
import type { Settings } from '../../settings/settings';
import { saveSettings } from '../../settings/store';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { BUILT_IN_SITES, siteLabel } from '../shared/sites';

export function SiteSettings({ settings, t }: { settings: Settings; t: Translate<OptionsKey> }) {
  const toggle = (key: string, on: boolean) =>
    void saveSettings({ disabledSites: on ? settings.disabledSites.filter((k) => k !== key) : [...settings.disabledSites, key] });
  const remove = async (origin: string) => {
    await saveSettings({ extraOrigins: settings.extraOrigins.filter((o) => o !== origin) });
    // Give the access back too; it was only asked for the coach.
    const url = new URL(origin);
    await browser.permissions.remove({ origins: [`${url.protocol}//${url.hostname}/*`] }).catch(() => undefined);
  };
  return (
    <div class="site-settings">
      <p class="muted">{t('sitesHint')}</p>
      <ul class="site-list">
        {BUILT_IN_SITES.map((key) => (
          <li key={key}>
            <label class="row">
              <input type="checkbox" role="switch" data-site={key} checked={!settings.disabledSites.includes(key)} onChange={(e) => toggle(key, (e.currentTarget as HTMLInputElement).checked)} />
              {siteLabel(key)}
            </label>
          </li>
        ))}
      </ul>
      <h3>{t('extraHeading')}</h3>
      {settings.extraOrigins.length === 0 ? (
        <p class="muted">{t('extraNone')}</p>
      ) : (
        <ul>
          {settings.extraOrigins.map((origin) => (
            <li key={origin} class="row">
              <code>{origin}</code>
              <button type="button" class="secondary" onClick={() => void remove(origin)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
