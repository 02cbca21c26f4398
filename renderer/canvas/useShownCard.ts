import { useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { Card, Id } from '../../shared/model';
import { CanvasModelContext } from './canvasModelContext';

/**
 * The record of the card a card node draws, from the canvas's model: re-renders that card
 * alone when its record changes, whether or not its node changed (derive.ts CardNodeData).
 * Undefined for a node of another theory: React Flow's store is shared by the canvases of
 * the app (the theory, a version shown read-only), and a canvas that takes over can be drawn
 * once with the nodes of the one before it, until it hands React Flow its own.
 */
export function useShownCard(id: Id): Card | undefined {
  const model = useContext(CanvasModelContext);
  if (!model) throw new Error('A card node is drawn inside the canvas, which provides its model (CanvasModelContext).');
  const subscribe = useCallback((listener: () => void) => model.subscribeDrawnCard(id, listener), [model, id]);
  const card = useSyncExternalStore(subscribe, () => model.cardOf(id));
  // A removed card's node may be drawn once more on its way out: as it was last seen.
  const last = useRef(card);
  if (card) last.current = card;
  return last.current;
}
