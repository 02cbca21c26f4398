import { Handle, Position, useConnection } from '@xyflow/react';

/**
 * Where a link dragged from another card can be dropped: the card's left handle, and while a
 * link is being drawn from another card, the whole card (a transparent handle over it that
 * lights up under the pointer). Mouse only: the keyboard links with L / Shift+L.
 */
export function CardDropTarget({ cardId }: { cardId: string }) {
  // A boolean per card: cards re-render when a link drag starts and ends, not as it moves.
  const open = useConnection((c) => c.inProgress && c.fromNode.id !== cardId);
  return (
    <>
      <Handle type="target" position={Position.Left} className="card-handle" aria-hidden="true" />
      {open && <Handle type="target" id="card" position={Position.Left} className="card-drop-zone" aria-hidden="true" />}
    </>
  );
}
