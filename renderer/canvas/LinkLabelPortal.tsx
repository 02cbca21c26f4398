import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';

const domNodeOf = (s: ReactFlowState) => s.domNode;

/** React Flow's layer for edge labels, by the canvas it is in. */
const layers = new WeakMap<Element, Element>();

function labelLayer(domNode: Element): Element | null {
  const known = layers.get(domNode);
  if (known?.isConnected) return known;
  const found = domNode.querySelector('.react-flow__edgelabel-renderer');
  if (found) layers.set(domNode, found);
  return found;
}

/**
 * What React Flow's EdgeLabelRenderer does (its children in the layer above the links), with
 * the layer looked up once per canvas. EdgeLabelRenderer looks it up with a store selector,
 * so every label ran `querySelector` over the links' SVG on every store change: each frame of
 * a pan, a zoom or a drag (issue #9: no per-frame work in custom edges).
 */
export function LinkLabelPortal({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const layer = domNode ? labelLayer(domNode) : null;
  return layer ? createPortal(children, layer) : null;
}
