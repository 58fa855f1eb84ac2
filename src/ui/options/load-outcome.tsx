// What happened to a pack someone tried to load: in force, or why not. Root causes first (each
// problem with where it is in the file), the pack tests that fail because of them grouped under
// them, and which pack stays in force.
import type { Pack } from '../../engine/pack/types';
import type { FetchFailure } from '../../settings/fetch-pack';
import type { Translate, UiLang } from '../i18n';
import { packName } from '../shared/vocabulary';
import type { OptionsKey } from '../i18n/options';
import type { LoadOutcome } from './pack-loading';

type T = Translate<OptionsKey>;

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function fetchFailureText(failure: FetchFailure, t: T, url = ''): string {
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
      // The browser's own words ("Failed to fetch", CORS) say nothing to a person: plain words instead.
      return t('fetchNetwork', { host: hostOf(url) });
    case 'redirect':
      return t('fetchRedirect', { to: failure.to });
  }
}

/** A JSON path for people: none for the whole file. */
export const readablePath = (path: string | undefined) => (path && path !== '(root)' ? path : undefined);

export function LoadOutcomeView({ outcome, inForce, t, lang = 'en' }: { outcome: LoadOutcome; inForce: Pack; t: T; lang?: UiLang }) {
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
      {outcome.kind === 'fetch' && <p>{fetchFailureText(outcome.failure, t, outcome.url)}</p>}
      {outcome.kind === 'file-read' && <p>{t('fileRead')}</p>}
      {outcome.kind === 'locked' && <p>{t('lockedRefused')}</p>}
      <p data-testid="kept-pack">
        <strong>{t('keptPack', { name: packName(inForce, lang), version: inForce.version })}</strong>
      </p>
    </div>
  );
}

export function ErrorList({ errors }: { errors: { path?: string; message: string }[] }) {
  return (
    <ul class="errors" data-testid="pack-errors">
      {errors.map((e, i) => {
        const path = readablePath(e.path);
        return (
          <li key={i}>
            {path && (
              <>
                <code>{path}</code>:{' '}
              </>
            )}
            {e.message}
          </li>
        );
      })}
    </ul>
  );
}

function InvalidPack({ outcome, t }: { outcome: Extract<LoadOutcome, { kind: 'invalid' }>; t: T }) {
  const { testFailures, fileName } = outcome;
  // A failing test is also listed among the errors: the other errors are the causes.
  const testPaths = new Set(testFailures.map((f) => f.path));
  const causes = outcome.errors.filter((e) => !testPaths.has(e.path));
  return (
    <>
      {fileName && <p class="file-name">{t('fileNamed', { name: fileName })}</p>}
      {causes.length > 0 && (
        <>
          <p class="error-cause">{causes.length === 1 ? t('invalidOne') : t('invalidMany', { count: causes.length })}</p>
          <ErrorList errors={causes} />
        </>
      )}
      {testFailures.length > 0 && (
        <div class={causes.length ? 'error-consequences' : ''}>
          <TestFailures failures={testFailures} t={t} heading={causes.length ? t('consequences') : undefined} />
        </div>
      )}
    </>
  );
}

export function TestFailures({ failures, t, heading }: { failures: Extract<LoadOutcome, { kind: 'invalid' }>['testFailures']; t: T; heading?: string }) {
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : t('nothing'));
  return (
    <>
      <p>{heading ?? t('testsFailed', { count: failures.length })}</p>
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
