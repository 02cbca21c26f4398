import { getOwn, type Id, type Position } from '../../shared/model';
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
 * Add a card and start editing its title. A history mark is set first, so the new card and
 * the title typed into it become one undo step, and cancelling leaves nothing behind.
 * `add` runs the command and returns the new card's id; a refused command throws as before.
 */
export function addCardToEdit({ editor, ui }: Services, add: () => Id | undefined): Id | undefined {
  const mark = editor.mark('addCard');
  let id: Id | undefined;
  try {
    id = add();
  } finally {
    if (id === undefined) editor.bailToMark(mark);
  }
  if (id === undefined) return undefined;
  ui.set({ selection: { cards: [id], links: [] }, editingCardId: id, newCardId: id, newCardMark: mark });
  return id;
}

/**
 * End in-place title editing: keep the typed title, or cancel. A new card (addCardToEdit)
 * and its title are one undo step; a new card left without a title is taken back as if it
 * had never been made: neither an undo nor a redo step remains.
 */
export function finishTitleEdit({ editor, ui }: Services, cardId: Id, title: string | null): void {
  const { newCardId, newCardMark } = ui.get();
  ui.set({ editingCardId: null, newCardId: null, newCardMark: null });
  const card = getOwn(editor.theory.cards, cardId);
  const isNew = newCardId === cardId && newCardMark !== null;
  if (card && isNew && card.title === '' && (title === null || title.trim() === '')) {
    editor.bailToMark(newCardMark);
    return;
  }
  if (card && title !== null && title.trim() !== '' && title !== card.title) {
    editor.run('updateCard', { id: cardId, changes: { title: title.trim() } });
  }
  if (newCardMark !== null) editor.squashToMark(newCardMark);
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
