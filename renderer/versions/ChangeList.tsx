import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/layout';
import { getOwn, type Id } from '../../shared/model';
import { describeChange, type DescribedChange } from '../../shared/versions/describe';
import { ghostLinkEnds } from '../../shared/versions/marks';
import { theoryAt } from '../../shared/versions/store';
import type { VersionComparison } from '../../shared/versions/marks';
import { ActionButton } from '../actions/ActionButton';
import { useServices, useLanguage } from '../state/services';
import { useDocumentPart, useVersionsText } from './useVersionsText';

/**
 * What changed from the version compared to the one shown (or now), one entry per change;
 * choosing one selects what it names (a card, a link, an indicator's card) and brings it into
 * view; a removed card or link is brought into view as its ghost, which stands out.
 */
export function ChangeList({ comparison, from, to }: { comparison: VersionComparison; from: string; to: string | null }) {
  const t = useVersionsText();
  const { ui } = useServices();
  const language = useLanguage();
  const doc = useDocumentPart((d) => d);
  const flow = useReactFlow();
  const { then, shown, entries } = useMemo(() => {
    const before = theoryAt(doc, comparison.version);
    const after = theoryAt(doc, comparison.to);
    return { then: before, shown: after, entries: comparison.changes.map((c) => describeChange(c, before, after, language)) };
  }, [doc, comparison, language]);
  const fitBox = (box: { x: number; y: number; width: number; height: number }) => void flow.fitBounds(box, { padding: 0.4, duration: 250 });
  const show = (e: DescribedChange) => {
    if (e.ghost) {
      ui.set({ selection: { cards: [], links: [] }, focusedGhost: e.ghost.id });
      const points: { x: number; y: number }[] = [];
      if (e.ghost.type === 'card') {
        const card = getOwn(then.cards, e.ghost.id);
        if (card) points.push(card.position, { x: card.position.x + CARD_WIDTH, y: card.position.y + CARD_HEIGHT });
      } else {
        const link = getOwn(then.links, e.ghost.id);
        const ends = link && ghostLinkEnds(link, then, shown);
        if (ends) points.push({ x: ends.from.x - CARD_WIDTH, y: ends.from.y - CARD_HEIGHT / 2 }, { x: ends.to.x + CARD_WIDTH, y: ends.to.y + CARD_HEIGHT / 2 });
      }
      if (points.length > 0) {
        const xs = points.map((p) => p.x);
        const ys = points.map((p) => p.y);
        fitBox({ x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
      }
      return;
    }
    ui.set({ selection: { cards: e.cards, links: e.links }, focusedGhost: null });
    const view: Id[] = e.view.filter((id) => getOwn(shown.cards, id));
    if (view.length > 0) void flow.fitView({ nodes: view.map((id) => ({ id })), padding: 0.4, duration: 250, maxZoom: 1.2 });
  };
  const title = to === null ? t('changesSince', { label: from }) : t('changesBetween', { from, to });
  return (
    <section className="change-list" aria-label={title}>
      <h3>{title}</h3>
      <p className="change-legend" aria-hidden="true">
        <span className="version-mark mark-added">{t('markAdded')}</span> <span className="version-mark mark-changed">{t('markChanged')}</span>{' '}
        <span className="version-mark mark-removed">{t('markRemoved')}</span>
      </p>
      <p className="muted">{entries.length === 0 ? t(to === null ? 'noChanges' : 'noChangesBetween') : t('changeCount', { n: entries.length })}</p>
      <ul>
        {entries.map((e, i) => (
          <li key={i} className={`change change-${e.change}`}>
            {e.cards.length > 0 || e.links.length > 0 || e.ghost ? (
              <button type="button" className="change-button" onClick={() => show(e)}>
                {e.text}
                {e.detail && <span className="change-detail">{e.detail}</span>}
                {e.ghost && <span className="change-detail">{t('ghostShown')}</span>}
              </button>
            ) : (
              <span className="change-text">
                {e.text}
                {e.detail && <span className="change-detail">{e.detail}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
      <ActionButton id="versions.endCompare" />
    </section>
  );
}
