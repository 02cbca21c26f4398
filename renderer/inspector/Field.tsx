import { useId } from 'react';
import { useServices } from '../state/services';
import { LIMITS } from '../../shared/format/limits';

interface FieldProps {
  label: string;
  value: string;
  /** Runs the command for a new value; typing in one field coalesces into one undo step. */
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
}

export function Field({ label, value, onChange, multiline, rows = 3, placeholder }: FieldProps) {
  const id = useId();
  const { editor } = useServices();
  const common = {
    id,
    value,
    placeholder,
    maxLength: LIMITS.stringLength,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    // Leaving the field ends its undo step, so the next edit is a step of its own.
    onBlur: () => editor.breakCoalescing(),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" {...common} />}
    </div>
  );
}
