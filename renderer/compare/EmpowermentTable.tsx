import { useMemo } from 'react';
import { DIMENSION_LABELS, EMPOWERMENT_LABELS } from '../../shared/i18n/domain';
import { EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS } from '../../shared/records/vocabulary';
import { empowermentCoverage } from '../../shared/compare/empowerment';
import type { TheoryInput } from '../../shared/compare/match';
import { useLanguage } from '../state/services';
import { useVersionsText } from '../versions/useVersionsText';

/** Empowerment coverage of each organisation side by side: cards tagged with each component and dimension. */
export function EmpowermentTable({ inputs }: { inputs: readonly TheoryInput[] }) {
  const t = useVersionsText();
  const language = useLanguage();
  const rows = useMemo(() => empowermentCoverage(inputs), [inputs]);
  const nameOf = (key: string) => inputs.find((i) => i.key === key)?.name ?? key;
  return (
    <table className="coverage-table empowerment-coverage">
      <caption>{t('empowermentCoverage')}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {EMPOWERMENT_COMPONENTS.map((k) => (
            <th key={k} scope="col">
              {EMPOWERMENT_LABELS[language][k]}
            </th>
          ))}
          {EMPOWERMENT_DIMENSIONS.map((k) => (
            <th key={k} scope="col">
              {DIMENSION_LABELS[language][k]}
            </th>
          ))}
          <th scope="col">{t('noEmpowerment')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.theory}>
            <th scope="row">{nameOf(row.theory)}</th>
            {EMPOWERMENT_COMPONENTS.map((k) => (
              <td key={k}>{row.components[k]}</td>
            ))}
            {EMPOWERMENT_DIMENSIONS.map((k) => (
              <td key={k}>{row.dimensions[k]}</td>
            ))}
            <td>{row.untagged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
