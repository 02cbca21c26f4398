import type { Id, Position } from '../../shared/model';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/layout';
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

interface Viewer {
  getViewport(): { x: number; y: number; zoom: number };
  setCenter(x: number, y: number, options?: { zoom?: number; duration?: number }): Promise<boolean> | unknown;
}

/**
 * Pan just enough to show a card, and only when it is (partly) out of sight: a view that
 * jumps on every arrow key or new card loses a room full of people following along.
 * `centre` always centres it (a search hit, which the user asked to be taken to).
 */
export function revealCard(flow: Viewer | null, position: Position, options: { centre?: boolean; zoom?: number } = {}): void {
  if (!flow) return;
  const { x, y, zoom } = flow.getViewport();
  const pane = document.querySelector('.react-flow');
  const width = pane?.clientWidth ?? 0;
  const height = pane?.clientHeight ?? 0;
  const margin = 24;
  const left = position.x * zoom + x;
  const top = position.y * zoom + y;
  const inView =
    width > 0 &&
    left >= margin &&
    top >= margin &&
    left + CARD_WIDTH * zoom <= width - margin &&
    top + CARD_HEIGHT * zoom <= height - margin;
  if (inView && !options.centre && (options.zoom === undefined || options.zoom === zoom)) return;
  void flow.setCenter(position.x + CARD_WIDTH / 2, position.y + CARD_HEIGHT / 2, { zoom: options.zoom ?? zoom, duration: 200 });
}
