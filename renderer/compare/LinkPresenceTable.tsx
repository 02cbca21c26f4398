import type { Comparison } from '../../shared/compare/model';
import { useServices } from '../state/services';
import { useVersionsText } from '../versions/useVersionsText';

/**
 * Links present in one theory and not in another that holds both cards: per link, the
 * matched cards it joins, the organisations that draw it and those that do not. Choosing a
 * link's cards brings its first card's match into focus.
 */
export function LinkPresenceTable({ comparison }: { comparison: Comparison }) {
  const t = useVersionsText();
  const { ui } = useServices();
  const nameOf = (key: string) => comparison.theories.find((th) => th.key === key)?.name ?? key;
  const titleOf = (id: string) => comparison.items.find((i) => i.id === id)?.title ?? id;
  const rows = comparison.links.filter((l) => l.absent.length > 0);
  const focus = (id: string) => {
    const state = ui.get().comparison;
    if (state) ui.set({ comparison: { ...state, selected: id } });
  };
  return (
    <table className="coverage-table link-presence">
      <caption>{t('linksTitle')}</caption>
      {rows.length === 0 ? (
        <tbody>
          <tr>
            <td>{t('linksNone')}</td>
          </tr>
        </tbody>
      ) : (
        <>
          <thead>
            <tr>
              <th scope="col">{t('colLink')}</th>
              <th scope="col">{t('colPresent')}</th>
              <th scope="col">{t('colAbsent')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={`${l.from}\u0001${l.to}`} data-link-from={l.from} data-link-to={l.to}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => focus(l.from)}>
                    {titleOf(l.from)}
                  </button>{' '}
                  →{' '}
                  <button type="button" className="link-button" onClick={() => focus(l.to)}>
                    {titleOf(l.to)}
                  </button>
                </th>
                <td>{l.present.map(nameOf).join(', ')}</td>
                <td>{l.absent.map(nameOf).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </>
      )}
    </table>
  );
}
