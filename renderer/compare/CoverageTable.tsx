import { AIO_KEYS } from '../../shared/model';
import { AIO_LABELS } from '../../shared/i18n/domain';
import type { Comparison } from '../../shared/compare/model';
import { useLanguage } from '../state/services';
import { useVersionsText } from '../versions/useVersionsText';

/** AIO coverage of each organisation side by side: cards tagged with each element. */
export function CoverageTable({ comparison }: { comparison: Comparison }) {
  const t = useVersionsText();
  const language = useLanguage();
  const nameOf = (key: string) => comparison.theories.find((th) => th.key === key)?.name ?? key;
  return (
    <table className="coverage-table">
      <caption>{t('coverage')}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">{t('cardsCount')}</th>
          {AIO_KEYS.map((k) => (
            <th key={k} scope="col">
              {AIO_LABELS[language][k]}
            </th>
          ))}
          <th scope="col">{t('untagged')}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.aio.map((row) => (
          <tr key={row.theory}>
            <th scope="row">{nameOf(row.theory)}</th>
            <td>{row.cards}</td>
            {AIO_KEYS.map((k) => (
              <td key={k}>{row.elements[k]}</td>
            ))}
            <td>{row.untagged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
