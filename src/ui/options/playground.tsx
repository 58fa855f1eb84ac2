// Try a post against the pack in force: live findings with why and suggestion, and the post
// shown read-only with the flagged parts marked.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyse, compilePack, type Report } from '../../engine';
import type { Pack } from '../../engine/pack/types';
import type { Intensity, Lang, Role } from '../../engine/types';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { markSegments } from './mark-segments';

interface Props {
  pack: Pack;
  t: Translate<OptionsKey>;
  uiLang: Lang;
  role: Role;
  intensity: Intensity;
}

const SEVERITY: Record<string, OptionsKey> = { info: 'sevInfo', nudge: 'sevNudge', warning: 'sevWarning' };

export function Playground({ pack, t, uiLang, role, intensity }: Props) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const compiled = useMemo(() => compilePack(pack), [pack]);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useMemo((): { report?: Report; error?: string } => {
    if (!debounced.trim()) return {};
    try {
      return { report: analyse({ text: debounced, uiLang, role, intensity }, compiled) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [debounced, compiled, uiLang, role, intensity]);
  const { report, error } = result;

  return (
    <div class="playground">
      <label for="play-text">{t('playLabel')}</label>
      <textarea id="play-text" rows={5} value={text} placeholder={t('playPlaceholder')} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <div aria-live="polite" data-testid="play-findings">
        {error && <p class="notice error">{t('playError', { detail: error })}</p>}
        {!report && !error && <p class="muted">{t('playEmpty')}</p>}
        {report && report.findings.length === 0 && <p class="notice ok">{t('playNoFindings')}</p>}
        {report && report.findings.length > 0 && (
          <>
            <p class="muted">{t('playPreview')}</p>
            <p class="play-marked" data-testid="play-marked">
              {markSegments(debounced, report.findings.flatMap((f) => f.spans)).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text))}
            </p>
            <p>{t('playFindings', { count: report.findings.length })}</p>
            <ul class="findings">
              {report.findings.map((f, i) => (
                <li key={i} class={`finding sev-${f.severity}`} data-rule={f.rule}>
                  <span class="sev">{t(SEVERITY[f.severity] ?? 'sevNudge')}</span> <code>{f.rule}</code> {f.message}
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
      </div>
    </div>
  );
}
