import { useState } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';

/**
 * React Flow 12 (12.12.1) always mounts its selection listener: it mounts it when
 * `!!onSelectionChangeHandlers`, and its store starts that field as `[]`, which is truthy. On
 * every store change (each pan, zoom and drag frame, each edit) that listener goes through
 * every node and edge to collect the selected ones, for an `onSelectionChange` this canvas does
 * not use: the selection lives in the UI store (Canvas: onNodesChange). Emptying the field
 * keeps it unmounted. Called by the canvas before it renders <ReactFlow>, so the listener is
 * never mounted (its first effect would call the handlers). useOnSelectionChange would add a
 * handler to that array again; nothing here uses it.
 */
export function useNoSelectionListener(): void {
  const store = useStoreApi();
  useState(() => {
    if (store.getState().onSelectionChangeHandlers?.length === 0) {
      store.setState({ onSelectionChangeHandlers: undefined as unknown as ReactFlowState['onSelectionChangeHandlers'] });
    }
  });
}
