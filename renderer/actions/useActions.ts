import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ActionId } from '../../shared/actions';
import type { ActionRegistry } from './registry';

export const ActionsContext = createContext<ActionRegistry | null>(null);

export function useActions(): ActionRegistry {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('Werkzaam actions are missing: render inside <ActionsContext.Provider>.');
  return actions;
}

/**
 * Whether one action is enabled and checked, kept current: the component re-renders when
 * the document, the UI state or the focus changes that answer (undo after an edit, delete
 * after a selection, undo inside a text field).
 */
export function useActionState(id: ActionId): { enabled: boolean; checked: boolean | undefined } {
  const actions = useActions();
  const snapshot = useSyncExternalStore(
    (listener) => subscribeAll(actions, listener),
    () => `${actions.isEnabled(id) ? 1 : 0}${String(actions.isChecked(id))}`,
  );
  return { enabled: snapshot[0] === '1', checked: snapshot.slice(1) === 'undefined' ? undefined : snapshot.slice(1) === 'true' };
}

function subscribeAll(actions: ActionRegistry, listener: () => void): () => void {
  const { editor, ui } = actions.ctx;
  const offEditor = editor.subscribe(listener);
  const offUi = ui.subscribe(listener);
  document.addEventListener('focusin', listener);
  document.addEventListener('focusout', listener);
  return () => {
    offEditor();
    offUi();
    document.removeEventListener('focusin', listener);
    document.removeEventListener('focusout', listener);
  };
}
