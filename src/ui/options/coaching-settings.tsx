// Intensity, role and history privacy. Enterprise policy, then the pack, may fix a value.
import type { Pack } from '../../engine/pack/types';
import type { PolicyState } from '../../settings/policy-store';
import type { Settings } from '../../settings/settings';
import { saveSettings } from '../../settings/store';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { Choice } from './choice';
import { policyFrom } from '../../history/policy';

interface Props {
  settings: Settings;
  pack: Pack;
  policy: PolicyState;
  t: Translate<OptionsKey>;
}

export function CoachingSettings({ settings, pack, policy, t }: Props) {
  const byPolicy = t('lockedSetting');
  const byPack = t('lockedByPack', { name: pack.name });
  const kept = policyFrom(settings, pack);
  const privacy = policy.fixed.privacy ?? pack.history?.privacy ?? settings.privacy;
  const privacyKey = ({ none: 'privacyExplainNone', excerpt: 'privacyExplainExcerpt', text: 'privacyExplainText' } as const)[privacy];
  const lock = (policyValue: unknown, packValue: unknown) => (policyValue ? byPolicy : packValue ? byPack : undefined);
  return (
    <div class="coaching-settings">
      <Choice
        id="intensity"
        label={t('intensityLabel')}
        value={policy.fixed.intensity ?? pack.intensity ?? settings.intensity}
        options={[
          { value: 'gentle', label: 'intensityGentle' },
          { value: 'normal', label: 'intensityNormal' },
          { value: 'thorough', label: 'intensityThorough' },
        ]}
        t={t}
        lockedBecause={lock(policy.fixed.intensity, pack.intensity)}
        explain={t('intensityExplain')}
        onChange={(intensity) => void saveSettings({ intensity })}
      />
      <Choice
        id="role"
        label={t('roleLabel')}
        value={policy.fixed.role ?? settings.role}
        options={[
          { value: 'employee', label: 'roleEmployee' },
          { value: 'spokesperson', label: 'roleSpokesperson' },
        ]}
        t={t}
        lockedBecause={lock(policy.fixed.role, undefined)}
        explain={t('roleExplain')}
        onChange={(role) => void saveSettings({ role })}
      />
      <Choice
        id="privacy"
        label={t('privacyLabel')}
        value={privacy}
        options={[
          { value: 'none', label: 'privacyNone' },
          { value: 'excerpt', label: 'privacyExcerpt' },
          { value: 'text', label: 'privacyText' },
        ]}
        t={t}
        lockedBecause={lock(policy.fixed.privacy, pack.history?.privacy)}
        explain={`${t(privacyKey)} ${t('privacyExplain', { days: kept.retentionDays, max: kept.maxEvents.toLocaleString() })}`}
        onChange={(privacy) => void saveSettings({ privacy })}
      />
    </div>
  );
}
