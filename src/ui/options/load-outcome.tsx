// What happened to a pack someone tried to load: in force, or why not. Root causes first (each
// problem with where it is in the file), what each also breaks grouped under it (see
// src/engine/pack/error-groups.ts), and which pack stays in force.
import type { ErrorGroup } from '../../engine/pack/error-groups';
import type { PackError } from '../../engine/pack/load';
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

function InvalidPack({ outcome, t }: { outcome: Extract<LoadOutcome, { kind: 'invalid' }>; t: T }) {
  const { testFailures, fileName, groups } = outcome;
  // Tests run only on a pack that validated: then every problem is a failing test or example.
  const testsOnly = testFailures.length > 0 && outcome.errors.every((e) => testFailures.some((f) => f.path === e.path));
  return (
    <>
      {fileName && <p class="file-name">{t('fileNamed', { name: fileName })}</p>}
      <p class="error-cause">
        {testsOnly ? t('testsFailed', { count: testFailures.length }) : groups.length === 1 ? t('invalidOne') : t('invalidMany', { count: groups.length })}
      </p>
      <GroupedErrors groups={groups} failures={testFailures} t={t} testId={testsOnly ? 'test-failures' : 'pack-errors'} />
    </>
  );
}

type Failure = Extract<LoadOutcome, { kind: 'invalid' }>['testFailures'][number];

/** One problem: a failing test with its post and what it got, or a path and a message. */
function Problem({ error, failure, t }: { error: PackError; failure: Failure | undefined; t: T }) {
  if (failure) return <FailureLine failure={failure} t={t} />;
  const path = readablePath(error.path);
  return (
    <>
      {path && (
        <>
          <code>{path}</code>:{' '}
        </>
      )}
      {error.message}
    </>
  );
}

/** Root causes, each with what it also breaks listed under it. */
export function GroupedErrors({ groups, failures = [], t, testId = 'pack-errors' }: { groups: readonly ErrorGroup[]; failures?: readonly Failure[]; t: T; testId?: string }) {
  const failureAt = (path: string) => failures.find((f) => f.path === path);
  return (
    <ul class="errors" data-testid={testId}>
      {groups.map(({ cause, consequences }, i) => (
        <li key={i} data-consequences={consequences.length}>
          <Problem error={cause} failure={failureAt(cause.path)} t={t} />
          {consequences.length > 0 && (
            <div class="error-consequences" data-testid="error-consequences">
              <p>{t('consequences', { count: consequences.length })}</p>
              <ul>
                {consequences.map((c, j) => (
                  <li key={j}>
                    <Problem error={c} failure={failureAt(c.path)} t={t} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function FailureLine({ failure: f, t }: { failure: Failure; t: T }) {
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : t('nothing'));
  return (
    <>
      <code>{f.path}</code> “{f.text}”: {t('expected')} {list(f.expected)}, {t('got')} {list(f.got)}
    </>
  );
}

export function TestFailures({ failures, t, heading }: { failures: readonly Failure[]; t: T; heading?: string }) {
  return (
    <>
      <p>{heading ?? t('testsFailed', { count: failures.length })}</p>
      <ul class="errors" data-testid="test-failures">
        {failures.map((f) => (
          <li key={f.path}>
            <FailureLine failure={f} t={t} />
          </li>
        ))}
      </ul>
    </>
  );
}
