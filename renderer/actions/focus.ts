import type { Id } from '../../shared/model';
import { revealCard } from '../canvas/cardFocus';
import { shownTheory } from '../versions/shownTheory';
import type { ActionContext } from './context';

/** The card that has keyboard focus on the canvas, if any. */
export function focusedCardId(): Id | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.classList.contains('card-node') ? (active.dataset.cardId ?? null) : null;
}

export function inInspector(element: Element | null): boolean {
  return Boolean(element?.closest('#inspector'));
}

export const cardSelector = (id: Id) => `.card-node[data-card-id="${CSS.escape(id)}"]`;

/**
 * Focus the first element matching `selector` once React (and React Flow, which renders only
 * what is in view) has rendered it: a card just brought into view, a field just added. Tries
 * for a few frames, and gives up if the user has moved the keyboard elsewhere meanwhile.
 */
export function focusWhenRendered(selector: string, frames = 12): void {
  const start = document.activeElement;
  // From the next frame on: what is in the DOM now may be what the change is about to replace.
  const attempt = (left: number) => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus({ preventScroll: true });
      return;
    }
    const now = document.activeElement;
    if (now !== start && now !== document.body && now !== null) return;
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}

/** Put the keyboard on a card (bringing it into view first), without changing the selection. */
export function focusCardOnCanvas(ctx: ActionContext, id: Id): void {
  // The theory drawn: a saved version while one is shown read-only.
  const card = shownTheory(ctx).cards[id];
  if (!card) return;
  revealCard(ctx.flow(), card.position);
  // At once when it is on screen, so the next arrow key already starts from it.
  const now = document.querySelector<HTMLElement>(cardSelector(id));
  if (now) now.focus({ preventScroll: true });
  else focusWhenRendered(cardSelector(id));
}

/** Select one card, put the keyboard on it and bring it into view. */
export function goToCard(ctx: ActionContext, id: Id): void {
  if (!shownTheory(ctx).cards[id]) return;
  ctx.ui.set({ selection: { cards: [id], links: [] } });
  focusCardOnCanvas(ctx, id);
}

/**
 * The inspector's first field, button or list: where F6 lands. Not while the inspector still
 * shows the selection before (data-behind, for a frame): that form is about to be replaced.
 */
export const INSPECTOR_ENTRY =
  '#inspector:not([data-behind])[tabindex="0"], #inspector:not([data-behind]) .inspector-body :is(input, textarea, select, button):not([disabled])';
