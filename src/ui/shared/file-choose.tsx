// A file input in the page's language: the browser's own button says "Choose File / No file
// chosen" in the browser's language, whatever the page says. The real input stays in place
// (visually hidden, still focusable and labelled), so keyboard, screen readers and tests use it
// as before; the visible button is its label.
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  choose: string;
  none: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onChange: (input: HTMLInputElement) => void;
}

export function FileChoose({ id, label, choose, none, accept, multiple, disabled, onChange }: Props) {
  const [chosen, setChosen] = useState('');
  return (
    <label class={`file-choose${disabled ? ' disabled' : ''}`}>
      <span class="file-choose-label">{label}</span>
      <span class="file-choose-row">
        <span class="file-choose-button" aria-hidden="true">
          {choose}
        </span>
        <span class="muted file-choose-name" aria-hidden="true">
          {chosen || none}
        </span>
      </span>
      <input
        id={id}
        class="visually-hidden"
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          setChosen([...(input.files ?? [])].map((f) => f.name).join(', '));
          onChange(input);
        }}
      />
    </label>
  );
}
