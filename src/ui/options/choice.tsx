// A labelled select for one setting, disabled with the reason when policy or the pack fixes it.
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';

interface Props<V extends string> {
  id: string;
  label: string;
  value: V;
  options: { value: V; label: OptionsKey }[];
  t: Translate<OptionsKey>;
  /** Why the value cannot be changed, when it cannot. */
  lockedBecause?: string;
  /** What the choice does, in a sentence or two. */
  explain?: preact.ComponentChildren;
  onChange: (value: V) => void;
}

export function Choice<V extends string>({ id, label, value, options, t, lockedBecause, explain, onChange }: Props<V>) {
  return (
    <p class="choice">
      <label for={id}>{label}</label>{' '}
      <select
        id={id}
        value={value}
        disabled={!!lockedBecause}
        aria-describedby={[explain ? `${id}-explain` : '', lockedBecause ? `${id}-lock` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {t(o.label)}
          </option>
        ))}
      </select>
      {explain && (
        <span id={`${id}-explain`} class="explain" style={{ display: 'block' }}>
          {explain}
        </span>
      )}
      {lockedBecause && (
        <span id={`${id}-lock`} class="muted lock-reason">
          {' '}
          🔒 {lockedBecause}
        </span>
      )}
    </p>
  );
}
