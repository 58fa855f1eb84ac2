// Runs the pack's own tests (the same check that refuses a pack on load) and lists failures.
import { useEffect, useState } from 'preact/hooks';
import { loadPack } from '../../coach-engine';
import type { Pack } from '../../engine/pack/types';
import type { Lang } from '../../engine/types';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { TestFailures } from './load-outcome';

type Result = ReturnType<typeof loadPack>;

export function PackTests({ pack, t, lang }: { pack: Pack; t: Translate<OptionsKey>; lang: Lang }) {
  const [result, setResult] = useState<Result>();
  useEffect(() => setResult(undefined), [pack]);
  // The pack's tests and its custom rules' examples run together.
  const count = (pack.tests?.length ?? 0) + (pack.custom ?? []).reduce((n, r) => n + (r.examples?.fire?.length ?? 0) + (r.examples?.pass?.length ?? 0), 0);
  if (count === 0) return <p class="muted">{t('testsNone')}</p>;
  return (
    <div data-testid="pack-tests">
      <button type="button" class="secondary" onClick={() => setResult(loadPack(pack, { lang }))}>
        {t('runTests')}
      </button>
      {result?.ok && <p class="notice ok" role="status">{t('testsPass', { count: result.testsPassed })}</p>}
      {result && !result.ok && (
        <div class="notice error" role="status">
          {result.testFailures.length === 0 && (
            <ul class="errors">
              {result.errors.map((e, i) => (
                <li key={i}>
                  <code>{e.path}</code>: {e.message}
                </li>
              ))}
            </ul>
          )}
          {result.testFailures.length > 0 && <TestFailures failures={result.testFailures} t={t} />}
        </div>
      )}
    </div>
  );
}
