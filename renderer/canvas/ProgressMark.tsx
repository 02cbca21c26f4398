import { memo, useMemo } from 'react';
import type { Card, Language } from '../../shared/model';
import { cardProgress } from '../../shared/research/series';
import { progressBadge } from '../../shared/research/badges';

/** ▲ / ▼ / ▲▼ on a card whose indicators moved toward or away from their target (issue #11). */
function ProgressMarkView({ indicators, language }: { indicators: Card['indicators']; language: Language }) {
  const progress = useMemo(() => cardProgress({ indicators }), [indicators]);
  if (!progress) return null;
  const badge = progressBadge(progress, language);
  return (
    <span className={`card-progress progress-${progress}`} data-progress={progress} title={badge.label}>
      <span aria-hidden="true">{badge.mark}</span>
      <span className="visually-hidden"> {badge.label}</span>
    </span>
  );
}

export const ProgressMark = memo(ProgressMarkView);
