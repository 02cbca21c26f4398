import { memo, useCallback, useId } from 'react';
import type { AnyDecl, AnyField, ValueField } from '../../shared/records/define';
import { labelOf } from '../../shared/records/define';
import { useLanguage } from '../state/services';
import { Field } from './Field';
import { ChoiceSelect } from './ChoiceSelect';

interface DeclaredFieldsProps {
  decl: AnyDecl;
  record: Record<string, unknown>;
  /** Fields this form shows in a place and way of its own. */
  placed: readonly string[];
  onChange: (key: string, value: unknown) => void;
}

/**
 * The declared fields of a record that a form does not place itself, each as the editor
 * its kind calls for: a new optional text or choice field shows up here with its label
 * from the declaration, without a change to the form. Each re-renders when its value (or
 * the form's onChange) changes, not on every edit of the record.
 */
export function DeclaredFields({ decl, record, placed, onChange }: DeclaredFieldsProps) {
  const keys = decl.keys.filter((key) => (decl.fields[key] as AnyField).shown === 'inspector' && !placed.includes(key));
  return (
    <>
      {keys.map((key) => (
        <DeclaredField key={key} decl={decl} name={key} value={record[key]} onChange={onChange} />
      ))}
    </>
  );
}

const DeclaredField = memo(function DeclaredField({ decl, name, value, onChange: onChangeOf }: { decl: AnyDecl; name: string; value: unknown; onChange: (key: string, value: unknown) => void }) {
  const language = useLanguage();
  const onChange = useCallback((next: unknown) => onChangeOf(name, next), [onChangeOf, name]);
  const id = useId();
  const f = decl.fields[name] as AnyField;
  const label = labelOf(decl, name, language);
  if (f.kind === 'text') return <Field label={label} value={String(value ?? '')} onChange={onChange} multiline rows={2} />;
  if (f.kind === 'enum') {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <ChoiceSelect id={id} decl={decl} field={name} value={String(value)} onChange={onChange} />
      </div>
    );
  }
  if (f.kind === 'list' && (f as ValueField<string[]>).values) {
    const chosen = (value as string[]) ?? [];
    return (
      <fieldset className="field">
        <legend>{label}</legend>
        {(f as ValueField<string[]>).values!.map((v) => (
          <label key={v} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(v)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v))}
            />
            {(f as ValueField<string[]>).valueLabels?.[language][v] ?? v}
          </label>
        ))}
      </fieldset>
    );
  }
  // Ids, numbers, nested records and collections need a form of their own (see the inspector forms).
  return null;
});
