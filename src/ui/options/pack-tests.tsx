// Runs the pack's own tests (the same check that refuses a pack on load) and lists failures.
import { useEffect, useState } from 'preact/hooks';
import { loadPack } from '../../engine/pack/load';
import type { Pack } from '../../engine/pack/types';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { TestFailures } from './load-outcome';

type Result = ReturnType<typeof loadPack>;

export function PackTests({ pack, t }: { pack: Pack; t: Translate<OptionsKey> }) {
  const [result, setResult] = useState<Result>();
  useEffect(() => setResult(undefined), [pack]);
  const count = pack.tests?.length ?? 0;
  if (count === 0) return <p class="muted">{t('testsNone')}</p>;
  return (
    <div data-testid="pack-tests">
      <button type="button" class="secondary" onClick={() => setResult(loadPack(pack))}>
        {t('runTests')}
      </button>
      {result?.ok && <p class="notice ok" role="status">{t('testsPass', { count })}</p>}
      {result && !result.ok && (
        <div class="notice error" role="status">
          {result.errors.length > 0 && (
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
