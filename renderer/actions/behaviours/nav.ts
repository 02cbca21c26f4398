import { neighbour, type Direction } from '../../../shared/navigation';
import type { ActionContext } from '../context';
import { focusedCardId, goToCard } from '../focus';
import type { Behaviour, Behaviours } from './types';

/** From the focused card (or the selected one) to its neighbour; nothing happens at an edge. */
const go = (direction: Direction): Behaviour => ({
  perform: (ctx) => {
    const from = focusedCardId() ?? ctx.ui.get().selection.cards[0] ?? null;
    const next = neighbour(ctx.editor.theory, from, direction);
    if (next) goToCard(ctx, next);
  },
  // Arrows are the page's own (scrolling) unless a card is focused or selected.
  enabled: (ctx: ActionContext) => focusedCardId() !== null || ctx.ui.get().selection.cards.length > 0,
});

export const navBehaviours: Behaviours<'nav.'> = {
  'nav.left': go('left'),
  'nav.right': go('right'),
  'nav.up': go('up'),
  'nav.down': go('down'),
};
