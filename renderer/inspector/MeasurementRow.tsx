import { useId } from 'react';
import type { Id } from '../../shared/model';
import { measurementRecord, type Measurement } from '../../shared/records/measurement';
import { labelOf, type AnyField } from '../../shared/records/define';
import type { MeasurementChanges } from '../../shared/commands';
import { useServices, useLanguage } from '../state/services';
import { ActionButton } from '../actions/ActionButton';
import { Field } from './Field';
import { NumberField } from './NumberField';
import { ChoiceSelect } from './ChoiceSelect';

/** The measurement's fields the inspector edits, in declaration order: a new one shows up here by itself. */
const FIELDS = measurementRecord.keys.filter((key) => (measurementRecord.fields[key] as AnyField).shown === 'inspector');

interface MeasurementRowProps {
  cardId: Id;
  indicatorId: Id;
  measurement: Measurement;
  /** "Measurement 2: 2025-06", the row's name for its legend and its remove button. */
  name: string;
}

/** One measured value of an indicator: each declared field as the editor its kind calls for, and its remove button. */
export function MeasurementRow({ cardId, indicatorId, measurement, name }: MeasurementRowProps) {
  const { editor } = useServices();
  const update = (changes: MeasurementChanges) => editor.run('updateMeasurement', { cardId, indicatorId, measurementId: measurement.id, changes });
  return (
    <fieldset className={`measurement kind-${measurement.kind}`} data-measurement-id={measurement.id}>
      <legend>{name}</legend>
      <div className="measurement-grid">
        {FIELDS.map((key) => (
          <MeasurementField key={key} name={key} value={measurement[key]} onChange={(value) => update({ [key]: value })} />
        ))}
        <ActionButton id="measurement.delete" className="link-button danger" value={{ cardId, indicatorId, measurementId: measurement.id }} detail={name} />
      </div>
    </fieldset>
  );
}

function MeasurementField({ name, value, onChange }: { name: (typeof FIELDS)[number]; value: unknown; onChange: (value: never) => void }) {
  const language = useLanguage();
  const id = useId();
  const f = measurementRecord.fields[name] as AnyField;
  const label = labelOf(measurementRecord, name, language);
  const set = onChange as (value: unknown) => void;
  const className = `measurement-field field-${name}`;
  if (f.kind === 'text') return <div className={className}><Field label={label} value={String(value ?? '')} onChange={set} /></div>;
  // A number of respondents: 0 is "not given", shown as an empty box.
  if (f.kind === 'number') return <div className={className}><NumberField label={label} value={Number(value)} empty={0} min={0} step={1} onChange={set} /></div>;
  if (f.kind === 'enum') {
    return (
      <div className={`${className} field`}>
        <label htmlFor={id}>{label}</label>
        <ChoiceSelect id={id} decl={measurementRecord} field={name} value={String(value)} onChange={set} />
      </div>
    );
  }
  return null;
}
