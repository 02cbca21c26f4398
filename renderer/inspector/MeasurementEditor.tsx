import type { Id, Indicator } from '../../shared/model';
import { indicatorRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import { translator } from '../../shared/i18n/core';
import { measurementEditorStrings } from '../../shared/i18n/measurementEditor';
import { measurementRecord } from '../../shared/records/measurement';
import { useLanguage } from '../state/services';
import { ActionButton } from '../actions/ActionButton';
import { useActions } from '../actions/useActions';
import { MeasurementRow } from './MeasurementRow';

/** An indicator's measured values (issue #11), in the file's order: each one's fields, add and remove. */
export function MeasurementEditor({ cardId, indicator, indicatorName }: { cardId: Id; indicator: Indicator; indicatorName: string }) {
  const language = useLanguage();
  const actions = useActions();
  const m = translator(measurementEditorStrings, language);
  const kindLabels = (measurementRecord.fields.kind.valueLabels ?? {})[language] ?? {};
  const rowName = (n: number, date: string, kind: string) => {
    const named = date.trim() ? m('measurementNamed', { n, date: date.trim() }) : m('measurementN', { n });
    return kind === 'baseline' ? `${named} (${kindLabels[kind] ?? kind})` : named;
  };
  return (
    <div className="measurements">
      <h4>{labelOf(indicatorRecord, 'measurements', language)}</h4>
      {indicator.measurements.length === 0 && <p className="muted">{m('noMeasurements')}</p>}
      {indicator.measurements.length > 0 && (
        <ol className="measurement-list">
          {indicator.measurements.map((measurement, n) => (
            <li key={measurement.id}>
              <MeasurementRow cardId={cardId} indicatorId={indicator.id} measurement={measurement} name={rowName(n + 1, measurement.date, measurement.kind)} />
            </li>
          ))}
        </ol>
      )}
      <ActionButton id="measurement.add" value={{ cardId, indicatorId: indicator.id }} detail={indicatorName}>
        <span aria-hidden="true">+</span> {actions.label('measurement.add')}
      </ActionButton>
    </div>
  );
}
