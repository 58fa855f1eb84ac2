// What happened to a pack someone tried to load: in force, or every problem with its JSON path
// and every failing test, plus which pack stays in force.
import type { Pack } from '../../engine/pack/types';
import type { FetchFailure } from '../../settings/fetch-pack';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import type { LoadOutcome } from './pack-loading';

type T = Translate<OptionsKey>;

export function fetchFailureText(failure: FetchFailure, t: T): string {
  switch (failure.kind) {
    case 'url':
      return t(({ invalid: 'fetchInvalid', scheme: 'fetchScheme', insecure: 'fetchInsecure', credentials: 'fetchCredentials' } as const)[failure.reason]);
    case 'timeout':
      return t('fetchTimeout', { seconds: Math.round(failure.ms / 1000) });
    case 'too-big':
      return t('fetchTooBig', { kb: Math.round(failure.limit / 1000) });
    case 'status':
      return t('fetchStatus', { status: failure.status });
    case 'network':
      return t('fetchNetwork', { detail: failure.detail });
    case 'redirect':
      return t('fetchRedirect', { to: failure.to });
  }
}

export function LoadOutcomeView({ outcome, inForce, t }: { outcome: LoadOutcome; inForce: Pack; t: T }) {
  if (outcome.kind === 'installed') {
    return (
      <p class="notice ok" role="status" data-testid="load-outcome">
        {t('loaded', { name: outcome.pack.name, version: outcome.pack.version })}
      </p>
    );
  }
  return (
    <div class="notice error" role="alert" data-testid="load-outcome">
      {outcome.kind === 'invalid' && <InvalidPack outcome={outcome} t={t} />}
      {outcome.kind === 'fetch' && <p>{fetchFailureText(outcome.failure, t)}</p>}
      {outcome.kind === 'file-read' && <p>{t('fileRead')}</p>}
      {outcome.kind === 'locked' && <p>{t('lockedRefused')}</p>}
      <p data-testid="kept-pack">
        <strong>{t('keptPack', { name: inForce.name, version: inForce.version })}</strong>
      </p>
    </div>
  );
}

function InvalidPack({ outcome, t }: { outcome: Extract<LoadOutcome, { kind: 'invalid' }>; t: T }) {
  const { errors, testFailures } = outcome;
  // A failing test is also listed among the errors; show it once, as a test case.
  if (testFailures.length > 0) return <TestFailures failures={testFailures} t={t} />;
  return (
    <>
      {errors.length > 0 && (
        <>
          <p>{t('invalid', { count: errors.length })}</p>
          <ul class="errors" data-testid="pack-errors">
            {errors.map((e, i) => (
              <li key={i}>
                {e.path && (
                  <>
                    {t('at')} <code>{e.path}</code>:{' '}
                  </>
                )}
                {e.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function TestFailures({ failures, t }: { failures: Extract<LoadOutcome, { kind: 'invalid' }>['testFailures']; t: T }) {
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : t('nothing'));
  return (
    <>
      <p>{t('testsFailed', { count: failures.length })}</p>
      <ul class="errors" data-testid="test-failures">
        {failures.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code> “{f.text}”: {t('expected')} {list(f.expected)}, {t('got')} {list(f.got)}
          </li>
        ))}
      </ul>
    </>
  );
}

