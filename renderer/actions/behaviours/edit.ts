import { fragmentOf } from '../../../shared/clipboard';
import { translator } from '../../../shared/i18n/core';
import { uiStrings } from '../../../shared/i18n/ui';
import { cardAfterRemoving } from '../../../shared/navigation';
import { isEditableTarget } from '../accelerator';
import { copySelection, lastCopied, pasteText } from '../clipboard';
import type { ActionContext } from '../context';
import { focusedCardId, goToCard } from '../focus';
import type { Behaviours } from './types';
import { shownTheory } from '../../versions/shownTheory';

/** A text field whose text is not (yet) in the document, marked data-own-undo. */
function ownTextField(): boolean {
  const active = document.activeElement;
  return isEditableTarget(active) && (active as HTMLElement).dataset.ownUndo === 'true';
}

const hasCards = ({ ui }: ActionContext) => ui.get().selection.cards.length > 0;
// Cut would copy and then be refused half-way on a saved version shown read-only: greyed out there.
const canCut = (ctx: ActionContext) => hasCards(ctx) && !ctx.editor.locked;
const hasSelection = ({ ui }: ActionContext) => ui.get().selection.cards.length + ui.get().selection.links.length > 0 || focusedCardId() !== null;

/**
 * Delete the selected cards (with their links) or links, in one undo step. The keyboard
 * goes on to the next card, so a run of deletes needs no mouse and focus never drops to the page.
 */
export function deleteSelection(ctx: ActionContext, only?: readonly string[]): void {
  const { editor, ui } = ctx;
  const selection = ui.get().selection;
  const focused = focusedCardId();
  // Nothing selected (after Escape): the card the keyboard is on.
  const fallback = selection.cards.length + selection.links.length === 0 && focused ? [focused] : [];
  const cards = [...(only ?? (selection.cards.length > 0 ? selection.cards : fallback))];
  const links = only ? [] : selection.links;
  const next = cards.length > 0 ? cardAfterRemoving(editor.theory, cards) : null;
  const linkEnds = links.map((id) => editor.theory.links[id]?.from).filter((id): id is string => Boolean(id));
  if (cards.length > 0) editor.run('deleteCards', { ids: cards, links: links.filter((l) => editor.theory.links[l]) });
  else if (links.length > 0) editor.run('deleteLinks', { ids: links });
  ui.set({ selection: { cards: [], links: [] } });
  const to = next ?? linkEnds.find((id) => editor.theory.cards[id]);
  if (to) goToCard(ctx, to);
}

export const editBehaviours: Behaviours<'edit.'> = {
  // Fields bound to the document undo through the editor; a field with text of its own
  // (a new card's title, a search box) undoes its own typing.
  'edit.undo': {
    perform: ({ editor }) => (ownTextField() ? void document.execCommand('undo') : void editor.undo()),
    enabled: ({ editor }) => ownTextField() || editor.canUndo(),
  },
  'edit.redo': {
    perform: ({ editor }) => (ownTextField() ? void document.execCommand('redo') : void editor.redo()),
    enabled: ({ editor }) => ownTextField() || editor.canRedo(),
  },
  'edit.copy': {
    perform: (ctx) => {
      if (!document.execCommand('copy')) copySelection(ctx);
    },
    enabled: hasCards,
  },
  'edit.cut': {
    perform: (ctx) => {
      if (!document.execCommand('cut')) {
        copySelection(ctx);
        deleteSelection(ctx);
      }
    },
    enabled: canCut,
  },
  'edit.paste': {
    perform: async (ctx) => {
      if (document.execCommand('paste')) return;
      const text = (await navigator.clipboard?.readText?.().catch(() => '')) ?? '';
      if (!pasteText(ctx, text || lastCopied())) ctx.ui.set({ toast: translator(uiStrings, ctx.ui.get().language)('pasteFailed') });
    },
  },
  'edit.duplicate': {
    perform: ({ editor, ui }) => {
      const { created } = editor.run('pasteFragment', { fragment: fragmentOf(editor.theory, ui.get().selection.cards) });
      ui.set({ selection: { cards: created.filter((id) => editor.theory.cards[id]), links: [] } });
    },
    enabled: hasCards,
  },
  'edit.selectAll': {
    perform: ({ editor, ui }) => {
      const active = document.activeElement;
      if (isEditableTarget(active)) (active as HTMLInputElement).select?.();
      else {
        // The cards and links drawn: a saved version's while it is shown read-only.
        const theory = shownTheory({ editor, ui });
        ui.set({ selection: { cards: Object.keys(theory.cards), links: Object.keys(theory.links) } });
      }
    },
  },
  'edit.selectNone': {
    perform: ({ ui }) => ui.set({ selection: { cards: [], links: [] }, searchOpen: false }),
    enabled: ({ ui }) => ui.get().selection.cards.length + ui.get().selection.links.length > 0 || ui.get().searchOpen,
  },
  // From the menu while typing, Delete belongs to the text, not to the selected card.
  'edit.delete': {
    perform: (ctx) => (isEditableTarget(document.activeElement) ? void document.execCommand('forwardDelete') : deleteSelection(ctx)),
    enabled: (ctx) => hasSelection(ctx) || isEditableTarget(document.activeElement),
  },
  'edit.find': { perform: ({ ui }) => ui.set({ searchOpen: true }) },
};
