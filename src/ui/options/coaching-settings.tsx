// Intensity, role and history privacy. Enterprise policy, then the pack, may fix a value.
import type { Pack } from '../../engine/pack/types';
import type { PolicyState } from '../../settings/policy-store';
import { effectiveSettings, type AcceptedTerms, type SettingSource } from '../../settings/effective';
import type { Settings } from '../../settings/settings';
import { saveSettings } from '../../settings/store';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { Choice } from './choice';

interface Props {
  settings: Settings;
  pack: Pack;
  policy: PolicyState;
  packForced: boolean;
  accepted?: AcceptedTerms;
  t: Translate<OptionsKey>;
}

export function CoachingSettings({ settings, pack, policy, packForced, accepted, t }: Props) {
  // The same function the writer and the coach use: what is shown is what is in force.
  const e = effectiveSettings({ settings, pack, packForced, policy: policy.fixed, ...(accepted ? { accepted } : {}) });
  const lock = (source: SettingSource) => (source === 'policy' ? t('lockedSetting') : source === 'pack' ? t('lockedByPack', { name: pack.name }) : undefined);
  const privacyKey = ({ none: 'privacyExplainNone', excerpt: 'privacyExplainExcerpt', text: 'privacyExplainText' } as const)[e.privacy];
  return (
    <div class="coaching-settings">
      <Choice
        id="intensity"
        label={t('intensityLabel')}
        value={e.intensity}
        options={[
          { value: 'gentle', label: 'intensityGentle' },
          { value: 'normal', label: 'intensityNormal' },
          { value: 'thorough', label: 'intensityThorough' },
        ]}
        t={t}
        lockedBecause={lock(e.source.intensity)}
        explain={t('intensityExplain')}
        onChange={(intensity) => void saveSettings({ intensity })}
      />
      <Choice
        id="role"
        label={t('roleLabel')}
        value={e.role}
        options={[
          { value: 'employee', label: 'roleEmployee' },
          { value: 'spokesperson', label: 'roleSpokesperson' },
        ]}
        t={t}
        lockedBecause={lock(e.source.role)}
        explain={t('roleExplain')}
        onChange={(role) => void saveSettings({ role })}
      />
      <Choice
        id="privacy"
        label={t('privacyLabel')}
        value={e.privacy}
        options={[
          { value: 'none', label: 'privacyNone' },
          { value: 'excerpt', label: 'privacyExcerpt' },
          { value: 'text', label: 'privacyText' },
        ]}
        t={t}
        lockedBecause={lock(e.source.privacy)}
        explain={`${t(privacyKey)} ${t('privacyExplain', { days: e.retentionDays, max: e.maxEvents.toLocaleString() })}`}
        onChange={(privacy) => void saveSettings({ privacy })}
      />
    </div>
  );
}
