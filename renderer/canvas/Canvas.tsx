import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  useReactFlow,
} from '@xyflow/react';
import { cardsInOrder, type Id, type Position } from '../../shared/model';
import { useActions } from '../actions/useActions';
import { focusCardOnCanvas } from '../actions/focus';
import { actionById } from '../../shared/actions';
import { translator } from '../../shared/i18n/core';
import { uiStrings } from '../../shared/i18n/ui';
import { STAGE_COLOURS } from '../../shared/theme';
import { useServices, useT, useTheory, useUi } from '../state/services';
import { CardNode } from './CardNode';
import { LaneNode } from './LaneNode';
import { LinkEdge } from './LinkEdge';
import { fitChain } from './viewOptions';
import { subscribeChanges } from '../state/documentLoads';
import { EdgeDeriver, NodeDeriver, laneHeight, type CardFlowNode, type FlowNode, type LinkFlowEdge } from './derive';
import { laneAtPoint } from '../../shared/layout';
import { traceThrough } from '../../shared/trace';
import { useCardAdder } from './useCardAdder';
import { canvasHelp } from '../actions/help';

// Module-level so React Flow never sees new type maps (its performance rule).
const nodeTypes = { card: CardNode, lane: LaneNode };
const edgeTypes = { link: LinkEdge };
const SNAP: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_STYLE = { width: 168, height: 104 };
const CONTROLS_STYLE = { right: 184 };
const DEFAULT_EDGE_OPTIONS = { type: 'link' };
const minimapColour = (n: FlowNode) => (n.type === 'card' ? STAGE_COLOURS[(n as CardFlowNode).data.card.stage].edgeHex : 'transparent');

export function Canvas() {
  const services = useServices();
  const t = useT();
  const theory = useTheory();
  const selection = useUi((s) => s.selection);
  const aioStage = useUi((s) => s.highlight);
  const traceOn = useUi((s) => s.traceOn);
  // Tidy-up draws the cards gliding to their places before the document changes.
  const tidyPositions = useUi((s) => s.tidyPositions);
  const language = useUi((s) => s.language);
  const [dragging, setDragging] = useState<Map<Id, Position> | null>(null);
  const nodeDeriver = useRef(new NodeDeriver()).current;
  const edgeDeriver = useRef(new EdgeDeriver()).current;

  const selectedCards = useMemo(() => new Set(selection.cards), [selection.cards]);
  const selectedLinks = useMemo(() => new Set(selection.links), [selection.links]);
  const highlight = useMemo(
    () => ({ ...aioStage, trace: traceOn && selection.cards.length > 0 ? traceThrough(theory, selection.cards) : null }),
    [aioStage, traceOn, theory, selection.cards],
  );
  const nodes = useMemo(
    () => nodeDeriver.derive(theory, selectedCards, highlight, dragging ?? tidyPositions),
    [nodeDeriver, theory, selectedCards, highlight, dragging, tidyPositions],
  );
  const edges = useMemo(() => edgeDeriver.derive(theory, selectedLinks, highlight), [edgeDeriver, theory, selectedLinks, highlight]);
  const flow = useReactFlow();
  // React Flow's own controls speak the UI language too.
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': translator(uiStrings, language)('zoomControls'),
      'controls.zoomIn.ariaLabel': actionById('view.zoomIn')!.label[language],
      'controls.zoomOut.ariaLabel': actionById('view.zoomOut')!.label[language],
      'controls.fitView.ariaLabel': actionById('view.fit')!.label[language],
      'minimap.ariaLabel': translator(uiStrings, language)('minimap'),
      'handle.ariaLabel': translator(uiStrings, language)('connectHandle'),
    }),
    [language],
  );
  const fit = useCallback(() => fitChain(flow, services.editor.theory), [flow, services]);

  // A document just opened or created (history empty) is shown whole, from the top.
  useEffect(
    () =>
      subscribeChanges(services.editor, (editor, loaded) => {
        if (loaded) requestAnimationFrame(() => fitChain(flow, editor.theory, 0));
      }),
    [services, flow],
  );

  // Controlled flow: React Flow proposes selection changes, the UI store decides.
  const applySelect = useCallback(
    (kind: 'cards' | 'links', changes: { type: string; id?: string; selected?: boolean }[]) => {
      const selects = changes.filter((c) => c.type === 'select' && c.id && !c.id.startsWith('lane:'));
      if (selects.length === 0) return;
      const current = services.ui.get().selection;
      const set = new Set(current[kind]);
      for (const c of selects) {
        if (c.selected) set.add(c.id!);
        else set.delete(c.id!);
      }
      const next = [...set];
      if (!same(current[kind], next)) services.ui.set({ selection: { ...current, [kind]: next } });
    },
    [services],
  );

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    applySelect('cards', changes as { type: string; id?: string; selected?: boolean }[]);
    // Positions during a drag stay local; one moveCards is committed at drag stop.
    const moves = changes.filter((c) => c.type === 'position' && c.position && c.dragging);
    if (moves.length > 0) {
      setDragging((prev) => {
        const next = new Map(prev ?? []);
        for (const c of moves) if (c.type === 'position' && c.position) next.set(c.id, c.position);
        return next;
      });
    }
  }, [applySelect]);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkFlowEdge>[]) => applySelect('links', changes as { type: string; id?: string; selected?: boolean }[]),
    [applySelect],
  );

  const onNodeDragStop = useCallback(
    (_e: unknown, _node: unknown, dragged: FlowNode[]) => {
      const moves = dragged
        .filter((n): n is CardFlowNode => n.type === 'card')
        .map((n) => ({ id: n.id, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } }))
        .filter((m) => {
          const card = services.editor.theory.cards[m.id];
          return card && (card.position.x !== m.position.x || card.position.y !== m.position.y);
        });
      if (moves.length > 0) services.editor.run('moveCards', { moves });
      setDragging(null);
    },
    [services],
  );

  const onSelectionDragStop = useCallback((e: unknown, dragged: FlowNode[]) => onNodeDragStop(e, null, dragged), [onNodeDragStop]);
  const clearSelection = useCallback(() => services.ui.set({ selection: { cards: [], links: [] } }), [services]);
  const fitAtOnce = useCallback(() => fitChain(flow, services.editor.theory, 0), [flow, services]);

  const actions = useActions();
  const onConnect = useCallback(
    (connection: Connection) => void actions.run('link.connect', { from: connection.source, to: connection.target, select: 'link' }),
    [actions],
  );
  // The canvas is one tab stop: the last focused card, or (before any) the canvas itself,
  // which hands the keyboard to the selected or first card.
  const activeCard = useUi((s) => s.activeCard);
  const hasTabStop = Boolean(activeCard && theory.cards[activeCard]);
  const onCanvasFocus = useCallback(
    (e: FocusEvent<HTMLDivElement>) => {
      if (e.target !== e.currentTarget) return;
      const theory = services.editor.theory;
      const first = services.ui.get().selection.cards.find((id) => theory.cards[id]) ?? cardsInOrder(theory)[0]?.id;
      if (first) focusCardOnCanvas(actions.ctx, first);
    },
    [services, actions],
  );

  // Lane bodies let the pointer through to the pane (so a box selection can start there);
  // a double-click on the pane inside a lane adds a card to that lane.
  const addCard = useCardAdder();
  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.classList.contains('react-flow__pane')) return;
      const point = { x: e.clientX, y: e.clientY };
      const stage = laneAtPoint(flow.screenToFlowPosition(point), laneHeight(services.editor.theory));
      if (stage) addCard(stage, point);
    },
    [flow, services, addCard],
  );

  return (
    <div className="canvas" role="region" aria-label={t('canvas')} tabIndex={hasTabStop ? -1 : 0} onFocus={onCanvasFocus} onDoubleClick={onDoubleClick}>
      <p id="canvas-help" className="visually-hidden">
        {canvasHelp(language, services.platform.macShortcuts)}
      </p>
      <ReactFlow<FlowNode, LinkFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStop={onSelectionDragStop}
        onConnect={onConnect}
        onPaneClick={clearSelection}
        snapToGrid
        snapGrid={SNAP}
        selectionOnDrag
        panOnDrag={[1, 2]}
        panOnScroll
        panActivationKeyCode="Space"
        multiSelectionKeyCode="Shift"
        selectionKeyCode={null}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        nodesFocusable={false}
        edgesFocusable={false}
        disableKeyboardA11y
        minZoom={0.1}
        maxZoom={2.5}
        ariaLabelConfig={ariaLabelConfig}
        onInit={fitAtOnce}
        onlyRenderVisibleElements
        proOptions={PRO_OPTIONS}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
      >
        <svg className="marker-defs" aria-hidden="true">
          <defs>
            <marker id="werkzaam-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
            </marker>
          </defs>
        </svg>
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls position="bottom-right" style={CONTROLS_STYLE} showInteractive={false} showFitView={false} aria-label={t('zoomControls')}>
          <ControlButton onClick={fit} aria-label={t('wholeChain')} title={t('wholeChain')}>
            <span aria-hidden="true">⤢</span>
          </ControlButton>
        </Controls>
        <MiniMap
          style={MINIMAP_STYLE}
          pannable
          zoomable
          ariaLabel={t('minimap')}
          nodeColor={minimapColour}
          nodeStrokeWidth={0}
        />
      </ReactFlow>
    </div>
  );
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
