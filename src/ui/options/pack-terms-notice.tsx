// A pack that asks to keep more of the post text, or to delete history sooner, is shown here
// first: nothing changes until the user accepts. When enterprise policy put the pack in force,
// its terms apply at once, and this says so.
import { browser } from 'wxt/browser';
import type { Pack } from '../../engine/pack/types';
import { acceptTerms, type EffectiveSettings, type PendingChange } from '../../settings/effective';
import { ACCEPTED_TERMS_KEY } from '../../settings/store';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';

function describe(change: PendingChange, t: Translate<OptionsKey>): string {
  if (change.key === 'privacy') {
    const name = (v: unknown) => t(v === 'none' ? 'privacyNone' : v === 'text' ? 'privacyText' : 'privacyExcerpt');
    return t('termsPrivacy', { from: name(change.current), to: name(change.requested) });
  }
  if (change.key === 'retentionDays') return t('termsRetention', { from: String(change.current), to: String(change.requested) });
  return t('termsMaxEvents', { from: String(change.current), to: String(change.requested) });
}

export function PackTermsNotice({ pack, effective, t }: { pack: Pack; effective: EffectiveSettings; t: Translate<OptionsKey> }) {
  if (!effective.pending.length && !effective.forced.length) return null;
  const accept = async () => {
    await browser.storage.local.set({ [ACCEPTED_TERMS_KEY]: acceptTerms(pack) });
    // Retention now applies: prune once, rather than wait for the next alarm.
    await browser.runtime.sendMessage({ type: 'history/prune' }).catch(() => undefined);
  };
  return (
    <div class="notice warning" data-testid="pack-terms" role="region" aria-label={t('termsTitle')}>
      {effective.pending.length > 0 && (
        <>
          <p>{t('termsAsk', { name: pack.name })}</p>
          <ul>
            {effective.pending.map((c) => (
              <li key={c.key}>{describe(c, t)}</li>
            ))}
          </ul>
          <p class="muted">{t('termsWaiting')}</p>
          <button type="button" onClick={() => void accept()}>{t('termsAccept')}</button>
        </>
      )}
      {effective.forced.length > 0 && (
        <>
          <p>🔒 {t('termsForced', { name: pack.name })}</p>
          <ul>
            {effective.forced.map((c) => (
              <li key={c.key}>{describe(c, t)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
