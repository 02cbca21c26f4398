import { useCallback } from 'react';
import { Handle, Position, useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Where a link dragged from another card can be dropped: the card's left handle, and while a
 * link is being drawn from another card, the whole card (a transparent handle over it that
 * lights up under the pointer). Mouse only: the keyboard links with L / Shift+L.
 */
export function CardDropTarget({ cardId }: { cardId: string }) {
  // A boolean per card: cards re-render when a link drag starts and ends, not as it moves.
  // Read from the store directly: useConnection copies the connection state for every card
  // on every store change (each frame of a pan or zoom) before the selector sees it.
  const open = useStore(useCallback((s: ReactFlowState) => s.connection.inProgress && s.connection.fromNode.id !== cardId, [cardId]));
  return (
    <>
      <Handle type="target" position={Position.Left} className="card-handle" aria-hidden="true" />
      {open && <Handle type="target" id="card" position={Position.Left} className="card-drop-zone" aria-hidden="true" />}
    </>
  );
}
