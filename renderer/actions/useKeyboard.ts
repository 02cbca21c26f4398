import { useEffect } from 'react';
import { ACTIONS, menuOwnsAccelerator, type ActionDef, type ActionId } from '../../shared/actions';
import { neighbour, type Direction } from '../../shared/navigation';
import { isEditableTarget, matches, parseAccelerator, type KeyLike } from './accelerator';
import { copySelection, deleteSelection, pasteText, type ActionContext, type ActionHandler } from './handlers';
import { focusCard, revealCard } from '../canvas/cardFocus';

const CHORDS = (ACTIONS as readonly ActionDef[]).flatMap((action) =>
  [action.accelerator, ...(action.alternates ?? [])]
    .filter((a): a is string => Boolean(a))
    .map((accelerator) => ({ action, alternate: accelerator !== action.accelerator, chord: parseAccelerator(accelerator) })),
);

/**
 * Which action a key press means here, or null. In a text field only modifier shortcuts
 * that are not text editing (save, find…) count. When the host draws native menus, their
 * accelerators arrive through the menu instead, so only keys without a menu entry count.
 * Clipboard keys are left to the browser so its copy/cut/paste events carry the data.
 */
export function actionForKey(event: KeyLike & { target: EventTarget | null }, options: { nativeMenus: boolean; mac: boolean }): ActionId | null {
  const inField = isEditableTarget(event.target);
  const onControl = isControlTarget(event.target);
  for (const { action, alternate, chord } of CHORDS) {
    if (!matches(chord, event, options.mac)) continue;
    if (action.editRole === 'copy' || action.editRole === 'cut' || action.editRole === 'paste') return null;
    if (inField && (action.editRole || !chord.mod)) return null;
    // Enter on a focused button presses that button, not "add a linked card" for the selection.
    if (onControl && !chord.mod) return null;
    if (options.nativeMenus && !alternate && menuOwnsAccelerator(action)) return null;
    return action.id as ActionId;
  }
  return null;
}

/** A control that owns its plain keys (Enter, Space, Delete): a button, link, list or menu item. */
function isControlTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return Boolean(target.closest('button, a[href], select, input, [role="menuitem"], [role="option"], [role="menu"], [role="listbox"]'));
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function useKeyboard(ctx: ActionContext, handlers: Record<ActionId, ActionHandler>, nativeMenus: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ctx.ui.get().dialog) return;
      const inField = isEditableTarget(event.target);
      const onCard = event.target instanceof HTMLElement && event.target.classList.contains('card-node');
      if (!inField && ARROWS[event.key] && !event.ctrlKey && !event.metaKey && !event.altKey && (onCard || ctx.ui.get().selection.cards.length > 0)) {
        const current = ctx.ui.get().selection.cards[0] ?? null;
        const next = neighbour(ctx.editor.theory, current, ARROWS[event.key]!);
        if (next) {
          event.preventDefault();
          ctx.ui.set({ selection: { cards: [next], links: [] } });
          focusCard(next);
          revealCard(ctx.flow(), ctx.editor.theory.cards[next]!.position);
        }
        return;
      }
      if (!inField && event.key === 'F2') {
        const id = ctx.ui.get().selection.cards[0];
        if (id) {
          event.preventDefault();
          ctx.ui.set({ editingCardId: id });
        }
        return;
      }
      if (event.key === 'Escape' && !inField) {
        ctx.ui.set({ selection: { cards: [], links: [] }, searchOpen: false });
        return;
      }
      const id = actionForKey(event, { nativeMenus, mac: ctx.platform.macShortcuts });
      if (!id) return;
      const handler = handlers[id];
      if (!handler || (handler.enabled && !handler.enabled())) return;
      event.preventDefault();
      void handler.run();
    };
    const inField = () => isEditableTarget(document.activeElement);
    const onCopy = (event: ClipboardEvent) => {
      if (inField()) return;
      const text = copySelection(ctx);
      if (!text || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onCut = (event: ClipboardEvent) => {
      if (inField()) return;
      onCopy(event);
      if (event.defaultPrevented) deleteSelection(ctx);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (inField()) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (pasteText(ctx, text)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx, handlers, nativeMenus]);
}
