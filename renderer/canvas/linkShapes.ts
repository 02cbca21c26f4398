import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Id } from '../../shared/model';
import type { CanvasModel } from './canvasModel';
import type { LinkShape } from './derive';

/** The canvas's model, for the arrows to read their shapes from (given by Canvas). */
export const CanvasModelContext = createContext<CanvasModel | null>(null);

const NO_MODEL = () => () => undefined;
const NOTHING = () => undefined;

/**
 * How a link's arrow is drawn (offsets along its cards' edges, its route): re-renders when
 * that changes, without the arrow's edge object changing (derive.ts LinkEdgeData).
 */
export function useLinkShape(id: Id): LinkShape | undefined {
  const model = useContext(CanvasModelContext);
  return useSyncExternalStore(model ? model.subscribe : NO_MODEL, model ? () => model.shapeOf(id) : NOTHING);
}
