import { addCardToEdit, revealCard } from '../../canvas/cardFocus';
import type { ActionContext } from '../context';
import type { Behaviours } from './types';

const oneCard = ({ ui }: ActionContext) => ui.get().selection.cards.length === 1;

export const cardBehaviours: Behaviours<'card.'> = {
  'card.addLinked': {
    perform: (ctx) => {
      const { editor, ui } = ctx;
      const from = ui.get().selection.cards[0];
      if (!from) return;
      // A new card and its title are one undo step; cancelling it leaves nothing (cardFocus.ts).
      const id = addCardToEdit(ctx, () => editor.run('addLinkedCard', { from }).created[0]);
      if (!id) return;
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
