// Load a pack from a file, pasted JSON or a URL. Shared by the options and welcome pages.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '../../engine/pack/types';
import type { Lang } from '../../engine/types';
import { DEFAULT_REFRESH_MINUTES } from '../../settings/managed';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { FileChoose } from '../shared/file-choose';
import { AllowOrigin } from './allow-origin';
import { LoadOutcomeView } from './load-outcome';
import { syntaxErrorOffset } from './json-position';
import { loadFromFile, loadFromText, loadFromUrl, type LoadOutcome } from './pack-loading';

type Tab = 'file' | 'paste' | 'url';
const TABS: { id: Tab; label: OptionsKey }[] = [
  { id: 'file', label: 'tabFile' },
  { id: 'paste', label: 'tabPaste' },
  { id: 'url', label: 'tabUrl' },
];

interface Props {
  t: Translate<OptionsKey>;
  inForce: Pack;
  /** Language of the validation messages. */
  lang: Lang;
  disabled?: boolean;
}

export function PackLoader({ t, inForce, lang, disabled }: Props) {
  const [tab, setTab] = useState<Tab>('file');
  const [pasted, setPasted] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<LoadOutcome>();
  // The pack in force when the attempt started, so a refusal names the pack that stayed.
  const [kept, setKept] = useState<Pack>(inForce);

  const run = async (load: () => Promise<LoadOutcome>) => {
    setKept(inForce);
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await load());
    } finally {
      setBusy(false);
    }
  };
  const off = disabled || busy;
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  // A JSON syntax error: the caret goes where the parser stopped, in the pasted text.
  useEffect(() => {
    if (outcome?.kind !== 'invalid' || tab !== 'paste' || !pasteBox.current) return;
    const at = syntaxErrorOffset(pasted, outcome.errors);
    if (at === undefined) return;
    pasteBox.current.focus();
    pasteBox.current.setSelectionRange(at, at);
  }, [outcome]);

  return (
    <div class="pack-loader" data-testid="pack-loader">
      <div class="row" role="tablist" aria-label={t('loadHeading')}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            class={tab === id ? '' : 'secondary'}
            onClick={() => setTab(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`} class="loader-panel">
        {tab === 'file' && (
          <p>
            <FileChoose
              id="pack-file"
              label={t('fileLabel')}
              choose={t('fileChoose')}
              none={t('fileNone')}
              accept=".json,application/json"
              disabled={off}
              onChange={(input) => {
                const file = input.files?.[0];
                if (file) void run(() => loadFromFile(file, lang)).then(() => (input.value = ''));
              }}
            />
          </p>
        )}
        {tab === 'paste' && (
          <form onSubmit={(e) => (e.preventDefault(), void run(() => loadFromText(pasted, { kind: 'paste' }, lang)))}>
            <label for="pack-paste">{t('pasteLabel')}</label>
            <textarea ref={pasteBox} id="pack-paste" rows={10} spellcheck={false} value={pasted} disabled={off} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
            <button type="submit" disabled={off || !pasted.trim()}>
              {t('pasteButton')}
            </button>
          </form>
        )}
        {tab === 'url' && (
          <form onSubmit={(e) => (e.preventDefault(), void run(() => loadFromUrl(url, lang)))}>
            <label for="pack-url">{t('urlLabel')}</label>
            <div class="row">
              <input id="pack-url" type="url" size={50} value={url} disabled={off} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} />
              <button type="submit" disabled={off || !url.trim()}>
                {t('urlButton')}
              </button>
            </div>
            <p class="muted">{t('urlHint', { minutes: DEFAULT_REFRESH_MINUTES })}</p>
          </form>
        )}
      </div>
      {busy && <p role="status">{t('working')}</p>}
      {outcome && <LoadOutcomeView outcome={outcome} inForce={kept} t={t} lang={lang} />}
      {tab === 'url' && outcome?.kind === 'fetch' && outcome.failure.kind === 'network' && (
        <AllowOrigin url={url} t={t} onGranted={() => void run(() => loadFromUrl(url, lang))} />
      )}
    </div>
  );
}
