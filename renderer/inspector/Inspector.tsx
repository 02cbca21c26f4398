import { useMemo } from 'react';
import { getOwn, type Theory } from '../../shared/model';
import { pruneSelection, type Selection } from '../state/uiStore';
import { useT, useTheoryPart, useUi } from '../state/services';
import { useAfterPaint } from '../state/useAfterPaint';
import { CardInspector } from './CardInspector';
import { LinkInspector } from './LinkInspector';
import { TheoryInspector } from './TheoryInspector';
import { SelectionInspector } from './SelectionInspector';

/** Right-hand panel: the selected card or link, or the theory when nothing is selected. */
export function Inspector({ readOnly = false }: { readOnly?: boolean } = {}) {
  const t = useT();
  // The panel follows the selection one frame late: a new card (Enter) or a click paints on
  // the canvas first, and the form for it, the largest DOM an edit builds, comes up in the
  // next frame (a new card's key-to-paint: issue #9). A selection naming a record that is gone
  // is followed at once, so the panel never shows a deleted card.
  const current = useUi((s) => s.selection);
  const late = useAfterPaint(current);
  const lateIsGone = useTheoryPart((theory) => late !== current && !selectionExists(late, theory));
  const selection = lateIsGone ? current : late;
  // Marked while it still shows the selection before: the keyboard is not put in a form about to be replaced (INSPECTOR_ENTRY).
  const behind = selection !== current;
  const count = selection.cards.length + selection.links.length;
  // The selected record alone: an edit of another card re-renders nothing here.
  const cardId = selection.cards.length === 1 && count === 1 ? selection.cards[0]! : null;
  const linkId = selection.links.length === 1 && count === 1 ? selection.links[0]! : null;
  const card = useTheoryPart((theory) => (cardId === null ? undefined : getOwn(theory.cards, cardId)));
  const link = useTheoryPart((theory) => (linkId === null ? undefined : getOwn(theory.links, linkId)));
  const many = count > 1;
  // The same elements while the record shown is the same: a selection change waiting for the paint re-renders nothing below.
  const body = useMemo(
    () =>
      card ? (
        <CardInspector key={card.id} card={card} />
      ) : link ? (
        <LinkInspector key={link.id} link={link} />
      ) : many ? (
        <SelectionInspector />
      ) : (
        <TheoryInspector />
      ),
    [card, link, many],
  );
  // Read-only (a saved version shown, renderer/versions/VersionViewer): every field disabled, and the panel itself takes focus so it can still be scrolled by keyboard.
  return (
    <aside id="inspector" className="inspector" aria-label={t('inspector')} tabIndex={readOnly ? 0 : undefined} data-behind={behind || undefined}>
      {readOnly ? (
        <fieldset className="inspector-read-only" disabled>
          {body}
        </fieldset>
      ) : (
        body
      )}
    </aside>
  );
}

/** Whether the theory has every record `selection` names (pruning it leaves it as it is). */
function selectionExists(selection: Selection, theory: Theory): boolean {
  return pruneSelection(selection, { cards: (id) => getOwn(theory.cards, id) !== undefined, links: (id) => getOwn(theory.links, id) !== undefined }) === selection;
}
