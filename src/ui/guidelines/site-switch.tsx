// Switches the coach off and on for the site of the current tab, or on for a new site
// (asking the browser for access to that origin first).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../settings/settings';
import { saveSettings } from '../../settings/store';
import type { Translate } from '../i18n';
import type { PopupKey } from '../i18n/popup';
import { siteForUrl, siteLabel, type TabSite } from '../shared/sites';

type TabState = { kind: 'loading' } | { kind: 'none' } | { kind: 'error' } | { kind: 'site'; site: TabSite };

function useActiveTabSite(): TabState {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        const site = siteForUrl(tab?.url);
        setState(site ? { kind: 'site', site } : { kind: 'none' });
      })
      .catch(() => setState({ kind: 'error' }));
  }, []);
  return state;
}

export function SiteSwitch({ settings, t }: { settings: Settings; t: Translate<PopupKey> }) {
  const tab = useActiveTabSite();
  const [denied, setDenied] = useState(false);
  if (tab.kind === 'loading') return null;
  if (tab.kind === 'none') return <p class="muted">{t('siteNotWeb')}</p>;
  if (tab.kind === 'error') return <p class="muted">{t('siteUnknown')}</p>;

  const { site } = tab;
  const covered = site.builtIn || settings.extraOrigins.includes(site.origin);
  if (!covered) {
    const ask = async () => {
      // Must run straight from the click: the browser only shows the prompt for a user gesture.
      // A pattern without a port, as src/background/sites.ts registers the content script with.
      const granted = await browser.permissions.request({ origins: [`${new URL(site.origin).protocol}//${new URL(site.origin).hostname}/*`] });
      if (!granted) return setDenied(true);
      await saveSettings({ extraOrigins: [...settings.extraOrigins, site.origin] });
    };
    return (
      <div>
        <p class="muted">{t('siteNotCovered', { site: site.key })}</p>
        <button type="button" onClick={() => void ask()}>
          {t('siteCoachHere')}
        </button>
        {denied && <p role="status">{t('siteDenied')}</p>}
      </div>
    );
  }

  const on = !settings.disabledSites.includes(site.key);
  const toggle = () =>
    void saveSettings({
      disabledSites: on ? [...settings.disabledSites, site.key] : settings.disabledSites.filter((k) => k !== site.key),
    });
  return (
    <div>
      <label class="row">
        <input type="checkbox" role="switch" checked={on} onChange={toggle} />
        {t('siteOn', { site: siteLabel(site.key) })}
      </label>
      {!on && <p class="muted">{t('siteOffNotice')}</p>}
    </div>
  );
}
