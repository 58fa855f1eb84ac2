// The options page for communication staff: the pack (load, preview, try, test) and the settings.
import { useMemo } from 'preact/hooks';
import { makeT, resolveUiLang } from '../i18n';
import { optionsCatalog } from '../i18n/options';
import { LangSelect } from '../shared/lang-select';
import { useCoachState } from '../shared/use-coach-state';
import { useDocumentLang } from '../shared/use-document-lang';
import { CoachingSettings } from './coaching-settings';
import { PackInForce } from './pack-in-force';
import { PackLoader } from './pack-loader';
import { PackPreview } from './pack-preview';
import { PackTests } from './pack-tests';
import { Playground } from './playground';
import { PolicyNotice } from './policy-notice';
import { PackTermsNotice } from './pack-terms-notice';
import { effectiveSettings } from '../../settings/effective';
import { SiteSettings } from './site-settings';

export function OptionsApp() {
  const { state, error } = useCoachState();
  const lang = resolveUiLang(state?.settings.uiLang);
  const t = useMemo(() => makeT(optionsCatalog, lang), [lang]);
  useDocumentLang(lang, t('title'));

  if (error) return <p class="notice error">{t('loadError', { detail: error })}</p>;
  if (!state) return <p class="muted">{t('loading')}</p>;
  const { settings, active, policy, accepted } = state;
  const packForced = active.source.kind === 'managed';
  const inForce = effectiveSettings({ settings, pack: active.pack, packForced, policy: policy.fixed, ...(accepted ? { accepted } : {}) });
  const locked = !!active.source.locked || policy.packLocked;

  return (
    <main class="options">
      <header class="spread">
        <h1>{t('title')}</h1>
        <LangSelect value={settings.uiLang} label={t('language')} autoLabel={t('langAuto')} />
      </header>
      <PolicyNotice policy={policy} t={t} />
      <PackTermsNotice pack={active.pack} effective={inForce} t={t} />

      <section aria-labelledby="h-pack">
        <h2 id="h-pack">{t('packHeading')}</h2>
        <PackInForce active={active} t={t} lang={lang} />
        <h3>{t('loadHeading')}</h3>
        {locked ? <p class="muted">🔒 {t('lockedPack')}</p> : <PackLoader t={t} inForce={active.pack} lang={lang} />}
      </section>

      <section aria-labelledby="h-preview">
        <h2 id="h-preview">{t('previewHeading')}</h2>
        <PackPreview pack={active.pack} lang={lang} t={t} />
      </section>
      <section aria-labelledby="h-play">
        <h2 id="h-play">{t('playHeading')}</h2>
        <Playground pack={active.pack} t={t} uiLang={lang} role={inForce.role} intensity={inForce.intensity} />
      </section>

      <section aria-labelledby="h-tests">
        <h2 id="h-tests">{t('testsHeading')}</h2>
        <PackTests pack={active.pack} t={t} lang={lang} />
      </section>

      <section aria-labelledby="h-coaching">
        <h2 id="h-coaching">{t('coachingHeading')}</h2>
        <CoachingSettings settings={settings} pack={active.pack} policy={policy} packForced={packForced} {...(accepted ? { accepted } : {})} t={t} />
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{t('sitesHeading')}</h2>
        <SiteSettings settings={settings} t={t} />
      </section>

    </main>
  );
}
