import { clipboardTextToFragment, fragmentToClipboardText } from '../../shared/clipboard';
import type { ActionContext } from './context';
import { toastCommandError } from '../state/commandErrorToast';
import { shownTheory } from '../versions/shownTheory';

/** The last fragment copied here: a fallback when the browser refuses to read the clipboard. */
let internalClipboard = '';

export function lastCopied(): string {
  return internalClipboard;
}

/** Copy the selected cards as they are drawn: a saved version's cards while it is shown read-only. */
export function copySelection(ctx: ActionContext): string | null {
  const theory = shownTheory(ctx);
  const cards = ctx.ui.get().selection.cards.filter((id) => theory.cards[id]);
  if (cards.length === 0) return null;
  internalClipboard = fragmentToClipboardText(theory, cards);
  return internalClipboard;
}

/**
 * Paste a fragment. True when the text was a fragment, pasted or refused: the keyboard's
 * paste event and Edit ▸ Paste both come here, and a refused paste (a number too large to
 * store, an over-long title, past a limit) is told in a toast rather than thrown (D7).
 */
export function pasteText(ctx: ActionContext, text: string): boolean {
  try {
    const fragment = clipboardTextToFragment(text);
    if (!fragment || fragment.cards.length === 0) return false;
    const { created } = ctx.editor.run('pasteFragment', { fragment });
    ctx.ui.set({ selection: { cards: created.filter((id) => ctx.editor.theory.cards[id]), links: [] } });
  } catch (error) {
    toastCommandError(ctx.ui, error);
  }
  return true;
}
