import { useEffect, useId, useState } from 'react';
import { useEditRun } from './useEditRun';
import { parseTextList, sameTextList } from './textList';
import { LIMITS } from '../../shared/format/limits';

interface TextListFieldProps {
  label: string;
  values: readonly string[];
  /** Runs the command for a new list; typing in the box is one undo step. */
  onChange: (values: string[]) => void;
  /** Entries offered as buttons (the theory's own list); those already in the list are left out. */
  suggestions?: readonly string[];
  suggestLabel?: (value: string) => string;
}

/**
 * A list of short texts in one box, one per line or separated by commas. The box keeps the
 * text as typed (a trailing comma must not vanish mid-typing); the document gets the list.
 */
export function TextListField({ label, values, onChange, suggestions = [], suggestLabel }: TextListFieldProps) {
  const id = useId();
  const run = useEditRun();
  const [text, setText] = useState(() => values.join('\n'));
  // Undo, redo or another selection changes the list underneath: show the new list.
  useEffect(() => {
    setText((current) => (sameTextList(parseTextList(current), values) ? current : values.join('\n')));
  }, [values]);
  const offered = suggestions.filter((s) => !values.includes(s));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        maxLength={LIMITS.stringLength}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseTextList(e.target.value);
          if (!sameTextList(next, values)) run.change(() => onChange(next));
        }}
        onBlur={() => {
          run.end();
          setText(values.join('\n'));
        }}
      />
      {offered.length > 0 && (
        <div className="suggestions">
          {offered.map((s) => (
            <button key={s} type="button" className="suggestion" aria-label={suggestLabel?.(s)} onClick={() => onChange([...values, s])}>
              + {s}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
