import { getOwn } from '../../shared/model';
import { useT, useTheoryPart, useUi } from '../state/services';
import { CardInspector } from './CardInspector';
import { LinkInspector } from './LinkInspector';
import { TheoryInspector } from './TheoryInspector';
import { SelectionInspector } from './SelectionInspector';

/** Right-hand panel: the selected card or link, or the theory when nothing is selected. */
export function Inspector({ readOnly = false }: { readOnly?: boolean } = {}) {
  const t = useT();
  const selection = useUi((s) => s.selection);
  const count = selection.cards.length + selection.links.length;
  // The selected record alone: an edit of another card re-renders nothing here.
  const cardId = selection.cards.length === 1 && count === 1 ? selection.cards[0]! : null;
  const linkId = selection.links.length === 1 && count === 1 ? selection.links[0]! : null;
  const card = useTheoryPart((theory) => (cardId === null ? undefined : getOwn(theory.cards, cardId)));
  const link = useTheoryPart((theory) => (linkId === null ? undefined : getOwn(theory.links, linkId)));
  const body = card ? (
    <CardInspector key={card.id} card={card} />
  ) : link ? (
    <LinkInspector key={link.id} link={link} />
  ) : count > 1 ? (
    <SelectionInspector />
  ) : (
    <TheoryInspector />
  );
  // Read-only (a saved version shown, renderer/versions/VersionViewer): every field disabled, and the panel itself takes focus so it can still be scrolled by keyboard.
  return (
    <aside id="inspector" className="inspector" aria-label={t('inspector')} tabIndex={readOnly ? 0 : undefined}>
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
