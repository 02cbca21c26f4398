import type { AnyDecl, ValueField } from '../../shared/records/define';
import { useLanguage } from '../state/services';

interface ChoiceSelectProps {
  decl: AnyDecl;
  /** A field declared with `field.oneOf`: its values and their labels come from the declaration. */
  field: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  'aria-label'?: string;
}

/** A <select> of a declared choice field's values, each by its label in the UI language. */
export function ChoiceSelect({ decl, field, value, onChange, id, 'aria-label': ariaLabel }: ChoiceSelectProps) {
  const language = useLanguage();
  const f = decl.fields[field] as ValueField<string>;
  return (
    <select id={id} aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value)}>
      {(f.values ?? []).map((v) => (
        <option key={v} value={v}>
          {f.valueLabels?.[language][v] ?? v}
        </option>
      ))}
    </select>
  );
}
