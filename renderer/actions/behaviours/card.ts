import { revealCard } from '../../canvas/cardFocus';
import type { ActionContext } from '../context';
import type { Behaviours } from './types';

const oneCard = ({ ui }: ActionContext) => ui.get().selection.cards.length === 1;

export const cardBehaviours: Behaviours<'card.'> = {
  'card.addLinked': {
    perform: (ctx) => {
      const { editor, ui } = ctx;
      const from = ui.get().selection.cards[0];
      if (!from) return;
      const [id] = editor.run('addLinkedCard', { from }).created;
      if (!id) return;
      ui.set({ selection: { cards: [id], links: [] }, editingCardId: id, newCardId: id });
      revealCard(ctx.flow(), editor.theory.cards[id]!.position);
    },
    enabled: oneCard,
  },
  'card.rename': {
    perform: ({ ui }) => {
      const id = ui.get().selection.cards[0];
      if (id) ui.set({ editingCardId: id });
    },
    enabled: ({ ui }) => ui.get().selection.cards.length > 0,
  },
};
