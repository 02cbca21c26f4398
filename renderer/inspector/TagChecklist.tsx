import type { ReactNode } from 'react';

interface TagChecklistProps<V extends string> {
  legend: string;
  values: readonly V[];
  chosen: readonly V[];
  /** The label of one value (a rung's number and its name in the theory's ladder, say). */
  label: (value: V) => ReactNode;
  onChange: (next: V[]) => void;
  className?: string;
}

/** A declared list of fixed values as checkboxes; the command puts the chosen ones in order. */
export function TagChecklist<V extends string>({ legend, values, chosen, label, onChange, className }: TagChecklistProps<V>) {
  return (
    <fieldset className={`field tag-fieldset${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="checkbox">
          <input type="checkbox" checked={chosen.includes(v)} onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v))} />
          <span>{label(v)}</span>
        </label>
      ))}
    </fieldset>
  );
}
