import { clipboardTextToFragment, fragmentToClipboardText } from '../../shared/clipboard';
import type { ActionContext } from './context';

/** The last fragment copied here: a fallback when the browser refuses to read the clipboard. */
let internalClipboard = '';

export function lastCopied(): string {
  return internalClipboard;
}

export function copySelection(ctx: ActionContext): string | null {
  const cards = ctx.ui.get().selection.cards.filter((id) => ctx.editor.theory.cards[id]);
  if (cards.length === 0) return null;
  internalClipboard = fragmentToClipboardText(ctx.editor.theory, cards);
  return internalClipboard;
}

export function pasteText(ctx: ActionContext, text: string): boolean {
  const fragment = clipboardTextToFragment(text);
  if (!fragment || fragment.cards.length === 0) return false;
  const { created } = ctx.editor.run('pasteFragment', { fragment });
  ctx.ui.set({ selection: { cards: created.filter((id) => ctx.editor.theory.cards[id]), links: [] } });
  return true;
}
