import { useEffect } from 'react';
import { ACTIONS, keysOf, menuOwnsKey, type ActionDef, type ActionId } from '../../shared/actions';
import { isEditableTarget, matches, parseAccelerator, type Chord, type KeyLike } from './accelerator';
import { copySelection, pasteText } from './clipboard';
import { deleteSelection } from './behaviours/edit';
import { inInspector } from './focus';
import { toastCommandError } from '../state/commandErrorToast';
import type { ActionRegistry } from './registry';

interface Binding {
  action: ActionDef;
  key: string;
  primary: boolean;
  chord: Chord;
}

const bindingsFor = (mac: boolean): Binding[] =>
  (ACTIONS as readonly ActionDef[]).flatMap((action) =>
    keysOf(action, mac).map((key, i) => ({ action, key, primary: i === 0, chord: parseAccelerator(key) })),
  );
const BINDINGS = { mac: bindingsFor(true), other: bindingsFor(false) };

/**
 * Which actions a key press may mean here, most specific first (see KeyScope in
 * shared/actions.ts). Empty when the key belongs to someone else: a text field's own
 * editing keys, a button's Enter, the browser's clipboard events (so they carry the data),
 * or a native menu that registered the shortcut and delivers it as a menu click.
 */
export function actionsForKey(event: KeyLike & { target: EventTarget | null }, options: { nativeMenus: boolean; mac: boolean }): ActionId[] {
  const inField = isEditableTarget(event.target);
  const onControl = isControlTarget(event.target);
  const inPanel = event.target instanceof Element && inInspector(event.target);
  const found: ActionId[] = [];
  for (const { action, key, primary, chord } of options.mac ? BINDINGS.mac : BINDINGS.other) {
    if (!matches(chord, event, options.mac)) continue;
    if (action.editRole === 'copy' || action.editRole === 'cut' || action.editRole === 'paste') return [];
    if (options.nativeMenus && primary && menuOwnsKey(action, key)) return [];
    const scope = action.keyScope ?? 'page';
    if (scope === 'inspector' && !inPanel) continue;
    if (scope === 'page') {
      if (inField && (action.editRole || !chord.mod)) continue;
      // Enter on a focused button presses that button, not "add a linked card" for the selection;
      // a letter (N, L, A) means nothing to a button and still counts.
      if (onControl && !chord.mod && CONTROL_KEYS.has(chord.key)) continue;
    }
    found.push(action.id as ActionId);
  }
  return found;
}

/** The first action a key press may mean here, or null. */
export function actionForKey(event: KeyLike & { target: EventTarget | null }, options: { nativeMenus: boolean; mac: boolean }): ActionId | null {
  return actionsForKey(event, options)[0] ?? null;
}

/** The keys a button, list or menu uses itself. */
const CONTROL_KEYS = new Set(['enter', ' ', 'space', 'arrowup', 'arrowdown', 'arrowleft', 'arrowright', 'delete', 'backspace', 'escape', 'home', 'end']);

/** A control that owns its plain keys (Enter, Space, Delete): a button, link, list or menu item. */
function isControlTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return Boolean(target.closest('button, a[href], select, input, [role="menuitem"], [role="option"], [role="menu"], [role="listbox"]'));
}

/** The window's keys: every shortcut in the registry, plus the clipboard events. */
export function useKeyboard(actions: ActionRegistry, nativeMenus: boolean): void {
  useEffect(() => {
    const { ctx } = actions;
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog or the presentation has the keyboard to itself.
      if (event.defaultPrevented || ctx.ui.get().dialog || ctx.ui.get().presentationStep !== null) return;
      const candidates = actionsForKey(event, { nativeMenus, mac: ctx.platform.macShortcuts });
      const id = candidates.find((candidate) => actions.isEnabled(candidate));
      if (!id) return;
      event.preventDefault();
      actions.run(id);
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
      // Read-only (a saved version shown): nothing is copied and the refusal is told, as for Delete.
      try {
        ctx.editor.refuseIfLocked();
      } catch (error) {
        event.preventDefault();
        return toastCommandError(ctx.ui, error);
      }
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
  }, [actions, nativeMenus]);
}
