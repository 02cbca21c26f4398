import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Id } from '../../shared/model';
import type { CanvasModel } from './canvasModel';
import type { LinkShape } from './derive';

/** The canvas's model, for the cards and arrows to read their records and shapes from (given by Canvas). */
export const CanvasModelContext = createContext<CanvasModel | null>(null);

/**
 * How a link's arrow is drawn (offsets along its cards' edges, its route): re-renders when
 * that changes, without the arrow's edge object changing (derive.ts LinkEdgeData), and
 * without the other arrows on screen being asked.
 */
export function useLinkShape(id: Id): LinkShape | undefined {
  const model = useContext(CanvasModelContext);
  const subscribe = useCallback((listener: () => void) => (model ? model.subscribeShape(id, listener) : NO_SUBSCRIPTION), [model, id]);
  return useSyncExternalStore(subscribe, () => model?.shapeOf(id));
}

const NO_SUBSCRIPTION = () => undefined;

/**
 * A card's title as the canvas shows it (what an arrow is named by): re-renders only when
 * that card's record changes, not on every document change.
 */
export function useShownTitle(id: Id | undefined): string | undefined {
  const model = useContext(CanvasModelContext);
  const subscribe = useCallback((listener: () => void) => (model && id !== undefined ? model.subscribeCard(id, listener) : NO_SUBSCRIPTION), [model, id]);
  return useSyncExternalStore(subscribe, () => (id === undefined ? undefined : model?.cardOf(id)?.title));
}
