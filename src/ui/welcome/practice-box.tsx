// "Try it now": a practice box on the welcome page, coached by the pack in force with the same
// cards (level, category colour, message) people will meet in the compose box.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyse, compilePack } from '../../coach-engine';
import type { Pack } from '../../engine/pack/types';
import type { Role } from '../../engine/types';
import { orderCards } from '../coach/model';
import type { UiLang } from '../i18n';
import { categoryName, SEVERITY_NAMES } from '../shared/vocabulary';

export function PracticeBox({ pack, lang, role, label, placeholder, allGood }: { pack: Pack; lang: UiLang; role: Role; label: string; placeholder: string; allGood: string }) {
  const [text, setText] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const compiled = useMemo(() => compilePack(pack), [pack]);
  const report = useMemo(() => (settled.trim() ? analyse({ text: settled, uiLang: lang, role }, compiled) : undefined), [settled, compiled, lang, role]);
  return (
    <div class="practice" id="practice">
      <label for="practice-text">{label}</label>
      <textarea id="practice-text" class="play-text" rows={4} placeholder={placeholder} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <div aria-live="polite" data-testid="practice-findings">
        {report && report.findings.length === 0 && <p class="notice ok">{allGood}</p>}
        {report && report.findings.length > 0 && (
          <ul class="findings">
            {orderCards(report.findings).map((f) => (
              <li key={f.rule} class={`finding sev-${f.severity}`} style={{ borderLeftColor: `var(--pc-cat-${f.category})` }}>
                <span class="sev">{SEVERITY_NAMES[lang][f.severity]}</span> <span class="muted">{categoryName(f.category, lang)}</span>
                <div>{f.message}</div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
