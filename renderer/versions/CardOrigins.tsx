import { memo } from 'react';
import type { Card } from '../../shared/model';
import { organisationBadges } from '../../shared/merge/badges';
import { useDocumentPart, useVersionsText } from './useVersionsText';

/**
 * In the inspector, a card of a generic theory: what each organisation it came from called it
 * and wrote about it, side by side (the merge keeps them all in the card's origins). Read
 * only; nothing for a card without origins. Re-renders when the origins change, not on every
 * edit of the card.
 */
export const CardOrigins = memo(function CardOrigins({ origins }: { origins: Card['origins'] }) {
  const t = useVersionsText();
  const organisations = useDocumentPart((doc) => doc.theory.organisations);
  if (origins.length === 0 || organisations.length === 0) return null;
  const badges = new Map(organisationBadges(organisations, origins).map((b) => [b.id, b]));
  return (
    <section className="card-origins" aria-label={t('originsTitle')}>
      <h3>{t('originsTitle')}</h3>
      <ul>
        {origins.map((o) => {
          const badge = badges.get(o.organisation);
          return (
            <li key={o.id}>
              <div className="card-origin-org">
                {badge && (
                  <span className={`origin-badge origin-${badge.colour}`} aria-hidden="true">
                    {badge.short}
                  </span>
                )}{' '}
                {badge?.name ?? o.organisation}
              </div>
              <div className="card-origin-title">{o.title.trim() || t('empty')}</div>
              {o.description.trim() && <p className="card-origin-description">{o.description}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
