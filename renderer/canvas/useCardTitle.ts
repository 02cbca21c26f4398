import { useCallback, useSyncExternalStore } from 'react';
import { getOwn, type Id } from '../../shared/model';
import { useServices } from '../state/services';

/**
 * One card's title, from the document: re-renders only when that title changes. What an
 * arrow is named by (LinkEdge), so the arrow's edge object need not carry it.
 */
export function useCardTitle(id: Id | undefined): string | undefined {
  const { editor } = useServices();
  const subscribe = useCallback((listener: () => void) => editor.subscribe(listener), [editor]);
  return useSyncExternalStore(subscribe, () => (id === undefined ? undefined : getOwn(editor.theory.cards, id)?.title));
}
