// When a pack server does not allow cross-origin reads (no CORS header), the browser lets the
// extension read it once the user grants access to that one origin. Offered only after a
// network failure, on a click, since the browser asks the user.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';

export function originPattern(rawUrl: string): string | undefined {
  try {
    const url = new URL(rawUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

export function AllowOrigin({ url, t, onGranted }: { url: string; t: Translate<OptionsKey>; onGranted: () => void }) {
  const [denied, setDenied] = useState(false);
  const pattern = originPattern(url);
  if (!pattern) return null;
  const ask = async () => {
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) onGranted();
    else setDenied(true);
  };
  return (
    <p class="row">
      <button type="button" class="secondary" onClick={() => void ask()}>
        {t('allowOrigin', { origin: new URL(url).host })}
      </button>
      {denied && <span role="status">{t('allowDenied')}</span>}
    </p>
  );
}
