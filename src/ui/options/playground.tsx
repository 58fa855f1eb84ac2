// Try posts before a pack goes live: against the pack in force or a draft (pasted or a file,
// never put in force), at any intensity, role and message language. Shows the findings in the
// order and colours of the compose box, what is hidden at this intensity, and what works.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyse, compilePack, type Report } from '../../coach-engine';
import { loadPack } from '../../coach-engine';
import type { Pack } from '../../engine/pack/types';
import type { Intensity, Lang, Role } from '../../engine/types';
import { orderCards } from '../coach/model';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { categoryName, SEVERITY_NAMES } from '../shared/vocabulary';
import { GroupedErrors } from './load-outcome';
import { errorGroupsOf } from './pack-loading';
import { MatchOverview } from './match-overview';
import { FileChoose } from '../shared/file-choose';

interface Props {
  pack: Pack;
  t: Translate<OptionsKey>;
  uiLang: Lang;
  role: Role;
  intensity: Intensity;
}

type Source = 'in-force' | 'draft';

export function Playground({ pack, t, uiLang, role: startRole, intensity: startIntensity }: Props) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [source, setSource] = useState<Source>('in-force');
  const [draftText, setDraftText] = useState('');
  const [intensity, setIntensity] = useState<Intensity>(startIntensity);
  const [role, setRole] = useState<Role>(startRole);
  const [lang, setLang] = useState<Lang>(uiLang);
  useEffect(() => setLang(uiLang), [uiLang]);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const draft = useMemo(() => (source === 'draft' && draftText.trim() ? loadPack(draftText, { lang: uiLang }) : undefined), [source, draftText, uiLang]);
  const tried: Pack | undefined = source === 'in-force' ? pack : draft?.ok ? draft.pack : undefined;
  const compiled = useMemo(() => (tried ? compilePack(tried) : undefined), [tried]);
  const result = useMemo((): { report?: Report; all?: Report; error?: string } => {
    if (!debounced.trim() || !compiled) return {};
    try {
      const input = { text: debounced, uiLang: lang, role };
      return { report: analyse({ ...input, intensity }, compiled), all: analyse({ ...input, intensity: 'thorough' }, compiled) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [debounced, compiled, lang, role, intensity]);
  const { report, all, error } = result;
  const findings = report ? orderCards(report.findings) : [];
  const hidden = report && all ? all.findings.filter((f) => !report.findings.some((g) => g.rule === f.rule)).length : 0;

  return (
    <div class="playground">
      <fieldset class="play-source">
        <legend>{t('playWith')}</legend>
        <label class="row">
          <input type="radio" name="play-source" checked={source === 'in-force'} onChange={() => setSource('in-force')} /> {t('playInForce')}
        </label>
        <label class="row">
          <input type="radio" name="play-source" checked={source === 'draft'} onChange={() => setSource('draft')} /> {t('playDraft')}
        </label>
        {source === 'draft' && (
          <div class="play-draft">
            <label for="play-draft">{t('playDraftLabel')}</label>
            <textarea id="play-draft" rows={6} spellcheck={false} value={draftText} onInput={(e) => setDraftText((e.currentTarget as HTMLTextAreaElement).value)} />
            <FileChoose
              id="play-draft-file"
              label={t('playDraftFile')}
              choose={t('fileChoose')}
              none={t('fileNone')}
              accept=".json,application/json"
              onChange={(input) => {
                const file = input.files?.[0];
                if (file) void file.text().then(setDraftText);
              }}
            />
            {draft && !draft.ok && (
              <div class="notice error" data-testid="draft-errors">
                <p>{t('playDraftInvalid')}</p>
                <GroupedErrors groups={errorGroupsOf(draftText, draft)} failures={draft.testFailures} t={t} />
              </div>
            )}
            {draft?.ok && (
              <>
                <p class="notice ok">{t('playDraftOk', { name: draft.pack.name, version: draft.pack.version })}</p>
                <MatchOverview pack={draft.pack} lang={uiLang} />
              </>
            )}
          </div>
        )}
      </fieldset>
      <div class="play-controls">
        <label>
          {t('playIntensity')}
          <select id="play-intensity" value={intensity} onChange={(e) => setIntensity((e.currentTarget as HTMLSelectElement).value as Intensity)}>
            <option value="gentle">{t('intensityGentle')}</option>
            <option value="normal">{t('intensityNormal')}</option>
            <option value="thorough">{t('intensityThorough')}</option>
          </select>
        </label>
        <label>
          {t('playRole')}
          <select id="play-role" value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value as Role)}>
            <option value="employee">{t('roleEmployee')}</option>
            <option value="spokesperson">{t('roleSpokesperson')}</option>
          </select>
        </label>
        <label>
          {t('playLang')}
          <select id="play-lang" value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <label for="play-text">{t('playLabel')}</label>
      <textarea id="play-text" class="play-text" rows={5} value={text} placeholder={t('playPlaceholder')} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <div aria-live="polite" data-testid="play-findings">
        {error && <p class="notice error">{t('playError', { detail: error })}</p>}
        {!report && !error && <p class="muted">{t('playEmpty')}</p>}
        {report && findings.length === 0 && <p class="notice ok">{t('playNoFindings')}</p>}
        {report && findings.length > 0 && (
          <>
            <p class="muted">{t('playPreview')}</p>
            <p class="play-marked" data-testid="play-marked">
              <MarkedPost text={debounced} findings={findings} />
            </p>
            <p>{findings.length === 1 ? t('playFindingsOne') : t('playFindings', { count: findings.length })}</p>
            <ul class="findings">
              {findings.map((f, i) => (
                <li key={i} class={`finding sev-${f.severity}`} data-rule={f.rule} style={{ borderLeftColor: `var(--pc-cat-${f.category})` }}>
                  <span class="sev">{SEVERITY_NAMES[uiLang][f.severity]}</span> <span class="muted">{categoryName(f.category, uiLang)}</span>
                  <div>
                    <strong>{f.message}</strong>
                  </div>
                  {f.why && (
                    <div class="muted">
                      {t('playWhy')}: {f.why}
                    </div>
                  )}
                  {f.suggestion && (
                    <div>
                      {t('playTry')}: {f.suggestion}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {report && hidden > 0 && <p class="muted" data-testid="play-hidden">{hidden === 1 ? t('playHiddenOne') : t('playHidden', { count: hidden })}</p>}
        {report && report.praise.length > 0 && (
          <div class="play-praise" data-testid="play-praise">
            <h3>{t('playPraise')}</h3>
            <ul>{report.praise.map((p, i) => <li key={i}>✓ {p.message}</li>)}</ul>
          </div>
        )}
      </div>
    </div>
  );
}

/** The post with each finding's words underlined in its category's colour (first finding wins on overlap). */
function MarkedPost({ text, findings }: { text: string; findings: Report['findings'] }) {
  const owner = new Array<string | undefined>(text.length).fill(undefined);
  for (const f of findings) for (const s of f.spans) for (let i = Math.max(0, s.start); i < Math.min(text.length, s.end); i++) owner[i] ??= f.category;
  const parts: preact.JSX.Element[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && owner[i] === owner[start]) continue;
    const piece = text.slice(start, i);
    const category = owner[start];
    parts.push(category ? <mark key={start} style={{ textDecorationColor: `var(--pc-cat-${category})`, background: `color-mix(in srgb, var(--pc-cat-${category}) 14%, transparent)` }}>{piece}</mark> : <span key={start}>{piece}</span>);
    start = i;
  }
  return <>{parts}</>;
}
