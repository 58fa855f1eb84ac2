// The first-run page: what the coach does and never does, language, role and the organisation's pack.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Role } from '../../engine/types';
import { saveSettings } from '../../settings/store';
import { makeT, resolveUiLang } from '../i18n';
import { optionsCatalog } from '../i18n/options';
import { welcomeCatalog } from '../i18n/welcome';
import { PackLoader } from '../options/pack-loader';
import { LangSelect } from '../shared/lang-select';
import { useCoachState } from '../shared/use-coach-state';
import { useDocumentLang } from '../shared/use-document-lang';
import { policyFrom } from '../../history/policy';
import type { Privacy } from '../../history/events';
import { PracticeBox } from './practice-box';

/** The shortcut the browser has for opening the coach ('' when none is set). */
function useShortcut(): string | undefined {
  const [keys, setKeys] = useState<string>();
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setKeys(all.find((c) => c.name === 'open-coach')?.shortcut ?? ''))
      .catch(() => setKeys(''));
  }, []);
  return keys;
}

export function WelcomeApp() {
  const { state, error } = useCoachState();
  const lang = resolveUiLang(state?.settings.uiLang);
  const t = useMemo(() => makeT(welcomeCatalog, lang), [lang]);
  const optionsT = useMemo(() => makeT(optionsCatalog, lang), [lang]);
  const [done, setDone] = useState(false);
  const shortcut = useShortcut();
  useDocumentLang(lang, t('title'));

  if (error) return <p class="notice error">{t('loadError', { detail: error })}</p>;
  if (!state) return <p class="muted">{t('loading')}</p>;
  const { settings, active, policy } = state;
  const roleFixed = !!policy.fixed.role;
  const finish = async () => {
    await saveSettings({ welcomed: true });
    setDone(true);
  };

  return (
    <main class="welcome">
      <h1>{t('title')}</h1>
      <p class="lead">{t('intro')}</p>
      <div class="columns">
        <section class="panel">
          <h2>{t('doesHeading')}</h2>
          <ul>
            <li>{t('does1')}</li>
            <li>{t('does2')}</li>
            <li>{t('does3')}</li>
          </ul>
        </section>
        <section class="panel">
          <h2>{t('doesNotHeading')}</h2>
          <ul>
            <li>{t('doesNot1')}</li>
            <li>{t('doesNot2')}</li>
            <li>{t('doesNot3')}</li>
          </ul>
        </section>
      </div>
      <section class="panel">
        <h2>{t('startHeading')}</h2>
        <ul>
          <li>{t('pin')}</li>
          <li>
            {shortcut ? (
              <>
                {t('shortcut', { keys: '\u0000' }).split('\u0000')[0]}
                <kbd>{shortcut}</kbd>
                {t('shortcut', { keys: '\u0000' }).split('\u0000')[1]}
              </>
            ) : (
              t('shortcutNone')
            )}
          </li>
        </ul>
        <h3>{t('tryHeading')}</h3>
        <PracticeBox pack={active.pack} lang={lang} role={policy.fixed.role ?? settings.role} label={t('tryLabel')} placeholder={t('tryPlaceholder')} allGood={t('tryGood')} />
      </section>
      <section>
        <h2>{t('historyHeading')}</h2>
        <p>{t('historyText', { days: policyFrom(settings, active.pack).retentionDays })}</p>
        <fieldset disabled={!!(policy.fixed.privacy ?? active.pack.history?.privacy)}>
          <legend>{t('historyChoice')}</legend>
          {(['excerpt', 'none', 'text'] as Privacy[]).map((p) => (
            <label key={p} class="row">
              <input type="radio" name="privacy" value={p} checked={(policy.fixed.privacy ?? active.pack.history?.privacy ?? settings.privacy) === p} onChange={() => void saveSettings({ privacy: p })} />
              {optionsT(p === 'none' ? 'privacyNone' : p === 'excerpt' ? 'privacyExcerpt' : 'privacyText')}: {optionsT(p === 'none' ? 'privacyExplainNone' : p === 'excerpt' ? 'privacyExplainExcerpt' : 'privacyExplainText')}
            </label>
          ))}
          {(policy.fixed.privacy ?? active.pack.history?.privacy) && <p class="muted">🔒 {t('historyFixed')}</p>}
        </fieldset>
      </section>
      <section>
        <h2>{t('setupHeading')}</h2>
        <p>
          <LangSelect value={settings.uiLang} label={t('languageLabel')} autoLabel={optionsT('langAuto')} />
        </p>
        <fieldset disabled={roleFixed}>
          <legend>{t('roleLabel')}</legend>
          {(['employee', 'spokesperson'] as Role[]).map((role) => (
            <label key={role} class="row">
              <input type="radio" name="role" value={role} checked={(policy.fixed.role ?? settings.role) === role} onChange={() => void saveSettings({ role })} />
              {t(role === 'employee' ? 'roleEmployee' : 'roleSpokesperson')}
            </label>
          ))}
          {roleFixed && <p class="muted">🔒 {optionsT('lockedSetting')}</p>}
        </fieldset>
        <h3>{t('packHeading')}</h3>
        {active.source.locked || policy.packLocked ? (
          <p class="muted">🔒 {t('packLocked')}</p>
        ) : (
          <>
            <p class="muted">{t('packHint')}</p>
            <PackLoader t={optionsT} inForce={active.pack} lang={lang} />
          </>
        )}
      </section>
      <p class="row finish">
        <button type="button" onClick={() => void finish()}>
          {t('done')}
        </button>
        <a href={browser.runtime.getURL('/options.html')}>{t('openOptions')}</a>
      </p>
      {(done || settings.welcomed) && (
        <p class="notice ok" role="status">
          {t('doneNote')}
        </p>
      )}
    </main>
  );
}
