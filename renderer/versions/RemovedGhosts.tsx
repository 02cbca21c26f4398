import { ViewportPortal } from '@xyflow/react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/layout';
import { useVersionComparison, useVersionsText } from './useVersionsText';

/**
 * While a version is compared with now: the cards removed since, as grey ghosts where they
 * were. Drawn only (the change list names them for the keyboard and screen readers).
 */
export function RemovedGhosts() {
  const t = useVersionsText();
  const comparison = useVersionComparison();
  if (!comparison || comparison.removedCards.length === 0) return null;
  return (
    <ViewportPortal>
      {comparison.removedCards.map((card) => (
        <div
          key={card.id}
          className={`version-ghost stage-${card.stage}`}
          data-ghost-id={card.id}
          aria-hidden="true"
          style={{ transform: `translate(${card.position.x}px, ${card.position.y}px)`, width: CARD_WIDTH, height: CARD_HEIGHT }}
        >
          <div className="version-ghost-title">{card.title}</div>
          <span className="version-mark mark-removed">{t('markRemoved')}</span>
        </div>
      ))}
    </ViewportPortal>
  );
}
