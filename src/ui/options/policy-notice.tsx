// Explains what the organisation's IT policy fixes, and what went wrong with it if anything.
import type { PolicyState } from '../../settings/policy-store';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';

export function PolicyNotice({ policy, t }: { policy: PolicyState; t: Translate<OptionsKey> }) {
  if (!policy.packLocked && !policy.problems.length && !policy.packError) return null;
  return (
    <div class="notice info" data-testid="policy-notice">
      {policy.packLocked && <p>🔒 {t('lockedPack')}</p>}
      {policy.packError && <p class="notice error">{t('policyPackError', { detail: policy.packError })}</p>}
      {policy.problems.length > 0 && (
        <>
          <p>{t('policyProblems')}</p>
          <ul class="errors">
            {policy.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
