import { organisationBadges } from '../../shared/merge/badges';
import { ActionButton } from '../actions/ActionButton';
import { useActions } from '../actions/useActions';
import { useUi } from '../state/services';
import { useDocumentPart, useVersionsText } from './useVersionsText';

/**
 * On the canvas of a generic theory: a toggle per organisation it was merged from; the cards
 * of the organisations shown stay bright, the others are dimmed (with the AIO and stage
 * highlights: a card stays bright when it passes each). Registry actions view.organisation
 * (value: the organisation's id) and view.organisation.none.
 */
export function OrganisationFilter() {
  const t = useVersionsText();
  const actions = useActions();
  const organisations = useDocumentPart((doc) => doc.theory.organisations);
  const shown = useUi((s) => s.highlight.organisations);
  if (organisations.length === 0) return null;
  const badges = organisationBadges(organisations, organisations.map((o) => ({ organisation: o.id })));
  const label = actions.label('view.organisation');
  return (
    <div className="organisation-filter" role="group" aria-label={t('organisationFilter')}>
      <span>{t('organisationFilterHint')}</span>
      {badges.map((b) => (
        // The badge as the cards show it, beside (not inside) the button: the button's visible text is its name's end (WCAG 2.5.3).
        <span key={b.id} className="organisation-entry">
          <span className={`origin-badge origin-${b.colour}`} aria-hidden="true">
            {b.short}
          </span>
          <button
            type="button"
            className="organisation-toggle"
            aria-pressed={shown?.includes(b.id) ?? false}
            aria-label={`${label}: ${b.name}`}
            title={`${label}: ${b.name}`}
            onClick={() => actions.run('view.organisation', b.id)}
          >
            {b.name}
          </button>
        </span>
      ))}
      <ActionButton id="view.organisation.none" />
    </div>
  );
}
