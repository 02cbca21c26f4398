import { useEffect, useId, useState } from 'react';
import { useEditRun } from './useEditRun';

interface NumberFieldProps {
  label: string;
  /** The number; `empty` is shown as an empty box (e.g. 0 respondents: not given). */
  value: number;
  empty?: number;
  onChange: (value: number) => void;
  min?: number;
  step?: number;
}

/**
 * A number box: typing is one undo step (useEditRun), as in a text field. What cannot be
 * read as a number yet (a lone "-") stays in the box and is not written.
 */
export function NumberField({ label, value, empty, onChange, min, step }: NumberFieldProps) {
  const id = useId();
  const run = useEditRun();
  const shown = value === empty ? '' : String(value);
  const [text, setText] = useState(shown);
  // Follow the document (undo, another window), unless the box already says that number.
  useEffect(() => setText((now) => (toNumber(now, empty) === value ? now : shown)), [value, shown, empty]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        step={step}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = toNumber(e.target.value, empty);
          if (next !== null && next !== value) run.change(() => onChange(next));
        }}
        onBlur={run.end}
      />
    </div>
  );
}

function toNumber(text: string, empty: number | undefined): number | null {
  if (text.trim() === '') return empty ?? null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
