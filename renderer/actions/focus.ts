import type { Id } from '../../shared/model';
import { focusCard, revealCard } from '../canvas/cardFocus';
import type { ActionContext } from './context';

/** The card that has keyboard focus on the canvas, if any. */
export function focusedCardId(): Id | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.classList.contains('card-node') ? (active.dataset.cardId ?? null) : null;
}

export function inInspector(element: Element | null): boolean {
  return Boolean(element?.closest('#inspector'));
}

/** Select one card, put the keyboard on it and bring it into view. */
export function goToCard(ctx: ActionContext, id: Id): void {
  const card = ctx.editor.theory.cards[id];
  if (!card) return;
  ctx.ui.set({ selection: { cards: [id], links: [] } });
  focusCard(id);
  revealCard(ctx.flow(), card.position);
}

/**
 * Focus the first element matching `selector` once React has rendered it (a field just
 * added, the inspector of a card just selected). Gives up after a few frames.
 */
export function focusWhenRendered(selector: string, frames = 4): void {
  const attempt = (left: number) => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus({ preventScroll: false });
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  attempt(frames);
}

/** The inspector's first field, button or list: where F6 lands. */
export const INSPECTOR_ENTRY = '#inspector .inspector-body :is(input, textarea, select, button):not([disabled])';
