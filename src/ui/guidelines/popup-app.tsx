// The popup: the organisation's guidelines at a click, the pack in force and this site's switch.
import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { makeT, resolveUiLang } from '../i18n';
import { popupCatalog } from '../i18n/popup';
import { LangSelect } from '../shared/lang-select';
import { useCoachState } from '../shared/use-coach-state';
import { useDocumentLang } from '../shared/use-document-lang';
import { GuidelinesView } from './guidelines-view';
import { PackInForce } from './pack-in-force';
import { SiteSwitch } from './site-switch';
import { TodayNudges } from './today-nudges';

const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());
const openReview = () => void browser.tabs.create({ url: browser.runtime.getURL('/review.html') }).then(() => window.close());

export function PopupApp() {
  const { state, error } = useCoachState();
  const lang = resolveUiLang(state?.settings.uiLang);
  const t = useMemo(() => makeT(popupCatalog, lang), [lang]);
  useDocumentLang(lang, t('title'));

  if (error) return <p class="notice error">{t('loadError', { detail: error })}</p>;
  if (!state) return <p class="muted">{t('loading')}</p>;
  const { settings, active } = state;

  return (
    <main class="popup">
      <header class="spread">
        <h1 class="brand">
          <img src="/icon/32.png" width="20" height="20" alt="" /> {t('title')}
        </h1>
        <LangSelect value={settings.uiLang} label={t('language')} autoLabel={t('langAuto')} />
      </header>
      <PackInForce active={active} t={t} lang={lang} />
      <section class="panel status" aria-label={t('siteHeading')}>
        <SiteSwitch settings={settings} t={t} />
        <TodayNudges t={t} lang={lang} />
      </section>
      <nav class="popup-actions" aria-label={t('actionsLabel')}>
        <button type="button" onClick={openOptions}>
          {t('openOptions')}
        </button>
        <button type="button" class="secondary" onClick={openReview}>
          {t('openReview')}
        </button>
      </nav>
      <GuidelinesView
        pack={active.pack}
        lang={lang}
        t={t}
        emptyHint={
          <p>
            <a href="#" onClick={(e) => (e.preventDefault(), openOptions())}>
              {t('noGuidelinesHint')}
            </a>
          </p>
        }
      />
    </main>
  );
}
