import type { Id } from '../../shared/model';
import type { Services } from '../state/services';

/** Move keyboard focus to a card on the canvas (after React has rendered it). */
export function focusCard(id: Id): void {
  const find = () => document.querySelector<HTMLElement>(`.card-node[data-card-id="${CSS.escape(id)}"]`);
  const now = find();
  if (now) {
    now.focus({ preventScroll: true });
    return;
  }
  // Not rendered yet: try once after the next frame, unless the user has moved focus meanwhile.
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    find()?.focus({ preventScroll: true });
  });
}

/**
 * End in-place title editing: keep the typed title (one undo step), or cancel. A card the
 * keyboard flow just made and left without a title is removed again by undoing its creation.
 */
export function finishTitleEdit({ editor, ui }: Services, cardId: Id, title: string | null): void {
  const { newCardId } = ui.get();
  ui.set({ editingCardId: null, newCardId: null });
  const card = editor.theory.cards[cardId];
  if (!card) return;
  const isNew = newCardId === cardId;
  if (title === null || (isNew && title.trim() === '')) {
    if (isNew && card.title === '' && editor.canUndo()) editor.undo();
    return;
  }
  if (title !== card.title) editor.run('updateCard', { id: cardId, changes: { title: title.trim() } });
}
