import { memo } from 'react';
import type { Id } from '../../shared/model';
import { organisationBadges } from '../../shared/merge/badges';
import { useDocumentPart, useVersionsText } from './useVersionsText';

/** Small badges on a card (or sticky note) of a generic theory: the organisations it came from. */
function OriginBadgesView({ origins }: { origins: readonly { organisation: Id }[] }) {
  const t = useVersionsText();
  const organisations = useDocumentPart((doc) => doc.theory.organisations);
  if (origins.length === 0 || organisations.length === 0) return null;
  const badges = organisationBadges(organisations, origins);
  return (
    <ul className="origin-badges" aria-label={t('origins', { names: badges.map((b) => b.name).join(', ') })}>
      {badges.map((b) => (
        <li key={b.id} className={`origin-badge origin-${b.colour}`} title={b.name}>
          <span aria-hidden="true">{b.short}</span>
        </li>
      ))}
    </ul>
  );
}

export const OriginBadges = memo(OriginBadgesView);
