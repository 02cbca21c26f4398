/**
 * The benchmark's baseline: bare React Flow 12 with the app's nodes and links as default
 * nodes and edges, and nothing else (no lanes, background, minimap, controls or custom
 * components). Only the interaction props the benchmark's gestures rely on are set as in
 * the app (wheel pans, left-drag on the pane selects, Shift adds to a selection,
 * visible-only rendering, snap, zoom range), so the same gestures do the same thing.
 *
 * The harness calls `window.__baseline.load(...)` and presses keys for the edits:
 * a = add a node linked from the target, Escape = remove it again, r = rename the target,
 * u = undo the rename, y = redo it: the plain React Flow way (a new nodes array with one
 * node replaced), as a floor for what the app's edits cost.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, type Edge, type Node, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

export interface BaselinePayload {
  nodes: { id: string; x: number; y: number; label: string }[];
  edges: { id: string; source: string; target: string }[];
  viewport: Viewport;
  pane: { width: number; height: number };
  /** The node the edit keys act on, and the names a rename switches between. */
  target: string;
  renameTo: string;
}

const SNAP: [number, number] = [16, 16];
const PAN_ON_DRAG = [1, 2];
const NEW_ID = 'bench-new';

function Flow({ payload }: { payload: BaselinePayload }) {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>(
    payload.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label }, width: 240, height: 96 })),
  );
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>(payload.edges);
  useEffect(() => {
    const original = payload.nodes.find((n) => n.id === payload.target)?.label ?? '';
    const label = (text: string) => setNodes((all) => all.map((n) => (n.id === payload.target ? { ...n, data: { label: text } } : n)));
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'a') {
        setNodes((all) => {
          const from = all.find((n) => n.id === payload.target)!;
          return [...all, { id: NEW_ID, position: { x: from.position.x + 324, y: from.position.y }, data: { label: '' }, width: 240, height: 96, selected: true }];
        });
        setEdges((all) => [...all, { id: `${NEW_ID}-link`, source: payload.target, target: NEW_ID }]);
      } else if (e.key === 'Escape') {
        setNodes((all) => all.filter((n) => n.id !== NEW_ID));
        setEdges((all) => all.filter((l) => l.target !== NEW_ID));
      } else if (e.key === 'r' || e.key === 'y') label(payload.renameTo);
      else if (e.key === 'u') label(original);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [payload, setNodes, setEdges]);
  return (
    <div style={{ width: payload.pane.width, height: payload.pane.height }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        defaultViewport={payload.viewport}
        minZoom={0.1}
        maxZoom={2.5}
        snapToGrid
        snapGrid={SNAP}
        selectionOnDrag
        panOnDrag={PAN_ON_DRAG}
        panOnScroll
        multiSelectionKeyCode="Shift"
        selectionKeyCode={null}
        onlyRenderVisibleElements
      />
    </div>
  );
}

function Root() {
  const [payload, setPayload] = useState<BaselinePayload | null>(null);
  useEffect(() => {
    (window as unknown as { __baseline: unknown }).__baseline = {
      load: (p: BaselinePayload) => {
        (window as unknown as { __openStart: number }).__openStart = performance.now();
        setPayload(p);
      },
    };
  }, []);
  return payload ? (
    <ReactFlowProvider>
      <Flow payload={payload} />
    </ReactFlowProvider>
  ) : null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
