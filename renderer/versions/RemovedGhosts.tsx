import { ViewportPortal } from '@xyflow/react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/layout';
import { ghostLinkEnds } from '../../shared/versions/marks';
import { theoryAt } from '../../shared/versions/store';
import { useUi } from '../state/services';
import { useDocumentPart, useVersionComparison, useVersionsText } from './useVersionsText';

/**
 * While a version is compared: the cards removed since, as grey ghosts where they were, and
 * the links removed since, as grey dashed arrows between where their cards stand (or stood).
 * Drawn only (the change list names them for the keyboard and screen readers); the one the
 * change list brought into view stands out.
 */
export function RemovedGhosts() {
  const t = useVersionsText();
  const comparison = useVersionComparison();
  const focused = useUi((s) => s.focusedGhost);
  const doc = useDocumentPart((d) => d);
  if (!comparison || (comparison.removedCards.length === 0 && comparison.removedLinks.length === 0)) return null;
  const then = theoryAt(doc, comparison.version);
  const links = comparison.removedLinks.flatMap((link) => {
    const ends = ghostLinkEnds(link, then, doc.theory);
    if (!ends) return [];
    const bend = Math.max(40, Math.abs(ends.to.x - ends.from.x) / 2);
    const d = `M ${ends.from.x} ${ends.from.y} C ${ends.from.x + bend} ${ends.from.y}, ${ends.to.x - bend} ${ends.to.y}, ${ends.to.x} ${ends.to.y}`;
    return [{ id: link.id, d, mid: { x: (ends.from.x + ends.to.x) / 2, y: (ends.from.y + ends.to.y) / 2 } }];
  });
  return (
    <ViewportPortal>
      {links.length > 0 && (
        <svg className="version-ghost-links" aria-hidden="true" width="1" height="1">
          {links.map((l) => (
            <path key={l.id} d={l.d} data-ghost-link={l.id} className={`version-ghost-link${focused === l.id ? ' is-focused' : ''}`} markerEnd="url(#werkzaam-arrow)" />
          ))}
        </svg>
      )}
      {links.map((l) => (
        <span
          key={l.id}
          className={`version-mark mark-removed link-version-mark${focused === l.id ? ' is-focused' : ''}`}
          aria-hidden="true"
          style={{ transform: `translate(-50%, -50%) translate(${l.mid.x}px, ${l.mid.y}px)` }}
        >
          {t('markRemoved')}
        </span>
      ))}
      {comparison.removedCards.map((card) => (
        <div
          key={card.id}
          className={`version-ghost stage-${card.stage}${focused === card.id ? ' is-focused' : ''}`}
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
