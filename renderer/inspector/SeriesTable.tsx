import type { Indicator } from '../../shared/model';
import { measurementRecord } from '../../shared/records/measurement';
import { labelOf } from '../../shared/records/define';
import { sortMeasurements } from '../../shared/research/series';
import { useLanguage } from '../state/services';

const COLUMNS = ['date', 'value', 'n', 'kind'] as const;

/** The chart's values as a table for screen readers (visually hidden): every measurement in time order. */
export function SeriesTable({ indicator, caption }: { indicator: Indicator; caption: string }) {
  const language = useLanguage();
  const kinds = measurementRecord.fields.kind.valueLabels?.[language];
  const cell = (m: Indicator['measurements'][number], key: (typeof COLUMNS)[number]) =>
    key === 'n' ? (m.n === 0 ? '' : String(m.n)) : key === 'kind' ? (kinds?.[m.kind] ?? m.kind) : m[key];
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((key) => (
            <th key={key} scope="col">
              {labelOf(measurementRecord, key, language)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sortMeasurements(indicator.measurements).map((m) => (
          <tr key={m.id}>
            {COLUMNS.map((key) => (
              <td key={key}>{cell(m, key)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
