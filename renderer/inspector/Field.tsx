import { memo, useId } from 'react';
import { useEditRun } from './useEditRun';
import { LIMITS } from '../../shared/format/limits';

interface FieldProps {
  label: string;
  value: string;
  /** Runs the command for a new value; typing in one field is one undo step (useEditRun). */
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
}

export function FieldView({ label, value, onChange, multiline, rows = 3, placeholder }: FieldProps) {
  const id = useId();
  const run = useEditRun();
  const common = {
    id,
    value,
    placeholder,
    maxLength: LIMITS.stringLength,
    onChange: (e: { target: { value: string } }) => run.change(() => onChange(e.target.value)),
    // Leaving the field ends its undo step, so the next edit is a step of its own.
    onBlur: run.end,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" {...common} />}
    </div>
  );
}

/**
 * A field re-renders only when its own props change: an edit re-renders the inspector's
 * form, and React writes every re-rendered input again (its type and name, at 3,000 cards a
 * noticeable part of an edit). Callers pass an onChange that stays the same for the record.
 */
export const Field = memo(FieldView);
