import { memo } from 'react';
import type { Card, Language } from '../../shared/model';
import { researchBadges } from '../../shared/research/badges';

interface ResearchBadgesProps {
  empowerment: Card['empowerment'];
  rungs: Card['rungs'];
  language: Language;
}

/** A card's empowerment components and ladder rungs as two text marks (issue #11): words, not colours. */
function ResearchBadgesView({ empowerment, rungs, language }: ResearchBadgesProps) {
  const badges = researchBadges({ empowerment, rungs }, language);
  if (!badges.empowerment && !badges.rungs) return null;
  return (
    <ul className="research-badges">
      {badges.empowerment && (
        <li className="research-badge empowerment-badge" title={badges.empowerment.label}>
          <span aria-hidden="true">{badges.empowerment.mark}</span>
          <span className="visually-hidden"> {badges.empowerment.label}</span>
        </li>
      )}
      {badges.rungs && (
        <li className="research-badge rung-badge" title={badges.rungs.label}>
          <span aria-hidden="true">{badges.rungs.mark}</span>
          <span className="visually-hidden"> {badges.rungs.label}</span>
        </li>
      )}
    </ul>
  );
}

export const ResearchBadges = memo(ResearchBadgesView);
