import { neighbour, type Direction } from '../../../shared/navigation';
import type { ActionContext } from '../context';
import { INSPECTOR_ENTRY, focusCardOnCanvas, focusWhenRendered, focusedCardId, goToCard, inInspector } from '../focus';
import type { Behaviour, Behaviours } from './types';
import { shownTheory } from '../../versions/shownTheory';

const from = (ctx: ActionContext) => focusedCardId() ?? ctx.ui.get().selection.cards[0] ?? null;
// Arrows are the page's own (scrolling) unless a card is focused or selected.
const onCards = (ctx: ActionContext) => focusedCardId() !== null || ctx.ui.get().selection.cards.length > 0;

/** From the focused card (or the selected one) to its neighbour; nothing happens at an edge. */
const go = (direction: Direction): Behaviour => ({
  perform: (ctx) => {
    const next = neighbour(shownTheory(ctx), from(ctx), direction);
    if (next) goToCard(ctx, next);
  },
  enabled: onCards,
});

/** Shift+arrow: the neighbour joins the selection and takes the keyboard, so a run of cards is selected key by key. */
const extend = (direction: Direction): Behaviour => ({
  perform: (ctx) => {
    const next = neighbour(shownTheory(ctx), from(ctx), direction);
    if (!next) return;
    const { cards } = ctx.ui.get().selection;
    ctx.ui.set({ selection: { cards: cards.includes(next) ? cards : [...cards, next], links: [] } });
    focusCardOnCanvas(ctx, next);
  },
  enabled: onCards,
});

/** The card the inspector is about (or the card a selected link starts from, or the last one focused). */
function cardOfInspector(ctx: ActionContext): string | null {
  const { selection, activeCard } = ctx.ui.get();
  const theory = shownTheory(ctx);
  const candidates = [selection.cards[0], selection.links[0] && theory.links[selection.links[0]]?.from, activeCard];
  return candidates.find((id): id is string => Boolean(id && theory.cards[id])) ?? null;
}

export const navBehaviours: Behaviours<'nav.'> = {
  'nav.left': go('left'),
  'nav.right': go('right'),
  'nav.up': go('up'),
  'nav.down': go('down'),
  'nav.extendLeft': extend('left'),
  'nav.extendRight': extend('right'),
  'nav.extendUp': extend('up'),
  'nav.extendDown': extend('down'),
  'nav.canvas': {
    perform: (ctx) => {
      const card = cardOfInspector(ctx);
      if (card) focusCardOnCanvas(ctx, card);
      else document.querySelector<HTMLElement>('.canvas')?.focus();
    },
    enabled: () => inInspector(document.activeElement),
  },
  'nav.inspector': {
    perform: (ctx) => {
      if (!ctx.ui.get().inspectorOpen) ctx.ui.set({ inspectorOpen: true });
      focusWhenRendered(INSPECTOR_ENTRY);
    },
    enabled: () => !inInspector(document.activeElement),
  },
};
