import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FocusEvent, type MouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  useReactFlow,
} from '@xyflow/react';
import { cardsInOrder, getOwn, type Id, type Position, type Theory } from '../../shared/model';
import { useActions } from '../actions/useActions';
import { focusCardOnCanvas } from '../actions/focus';
import { actionById } from '../../shared/actions';
import { translator } from '../../shared/i18n/core';
import { uiStrings } from '../../shared/i18n/ui';
import { useServices, useT, useUi, useLanguage } from '../state/services';
import { CardNode } from './CardNode';
import { LaneNode } from './LaneNode';
import { LinkEdge } from './LinkEdge';
import { fitChain } from './viewOptions';
import { subscribeChanges } from '../state/documentLoads';
import { NO_HIGHLIGHT, type CardFlowNode, type FlowNode, type Highlight, type LinkFlowEdge } from './derive';
import { CanvasModel } from './canvasModel';
import { CanvasModelContext } from './canvasModelContext';
import { useNoSelectionListener } from './noSelectionListener';
import { CanvasMiniMap } from './CanvasMiniMap';
import { FarContext } from './lod';
import { useViewportMotion } from './useViewportMotion';
import { useCommandWheelZoom } from './useCommandWheelZoom';
import { laneAtPoint } from '../../shared/layout';
import { traceThrough, type Trace } from '../../shared/trace';
import { useCardAdder } from './useCardAdder';
import { canvasHelp } from '../actions/help';
import { StickyLaneHeaders } from './StickyLaneHeaders';
import { OverlayToggle } from './OverlayToggle';
import { StickyNotes } from '../notes/StickyNotes';
import { ArrowMarkers } from './ArrowMarkers';
import { RemovedGhosts } from '../versions/RemovedGhosts';

// Module-level so React Flow never sees new type maps (its performance rule).
const nodeTypes = { card: CardNode, lane: LaneNode };
const edgeTypes = { link: LinkEdge };
const SNAP: [number, number] = [16, 16];
const PAN_ON_DRAG = [1, 2];
const PRO_OPTIONS = { hideAttribution: true };
const CONTROLS_STYLE = { right: 184 };
const DEFAULT_EDGE_OPTIONS = { type: 'link' };

export function Canvas() {
  const services = useServices();
  const t = useT();
  const language = useLanguage();
  const overlaysOpen = useUi((s) => s.overlaysOpen);
  // A saved version shown read-only (renderer/versions/VersionViewer): cards stay where they are.
  const readOnly = services.editor.locked;
  useNoSelectionListener();
  const model = useCanvasModel();
  const { nodes, edges } = useFlowElements(model);
  const canvasRef = useRef<HTMLDivElement>(null);
  const far = useViewportMotion(canvasRef);
  useCommandWheelZoom(canvasRef, services.platform.macShortcuts);
  // Positions of the cards being dragged; one moveCards is committed at drag stop.
  const dragging = useRef<Map<Id, Position> | null>(null);
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
      const next = new Map(dragging.current ?? []);
      for (const c of moves) if (c.type === 'position' && c.position) next.set(c.id, c.position);
      dragging.current = next;
      model.setDragging(next);
    }
  }, [applySelect, model]);

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
      dragging.current = null;
      model.setDragging(null);
    },
    [services, model],
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
  const hasTabStop = useSyncExternalStore(model.subscribe, () => Boolean(activeCard && getOwn(model.shown.cards, activeCard)));
  // Focus the canvas takes from a press on its empty pane is no Tab into it: handing the
  // keyboard to a card then would bring that card into view under the pointer and end the box
  // selection the press began.
  const pressed = useRef(false);
  const onPointerDownCapture = useCallback(() => {
    pressed.current = true;
    setTimeout(() => (pressed.current = false), 0);
  }, []);
  const onCanvasFocus = useCallback(
    (e: FocusEvent<HTMLDivElement>) => {
      if (e.target !== e.currentTarget || pressed.current) return;
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
      const stage = laneAtPoint(flow.screenToFlowPosition(point), model.laneHeight);
      if (stage) addCard(stage, point);
    },
    [flow, model, addCard],
  );

  return (
    <div ref={canvasRef} className={`canvas${far ? ' is-far' : ''}`} role="region" aria-label={t('canvas')} tabIndex={hasTabStop ? -1 : 0} onFocus={onCanvasFocus} onPointerDownCapture={onPointerDownCapture} onDoubleClick={onDoubleClick}>
      <p id="canvas-help" className="visually-hidden">
        {canvasHelp(language, services.platform.macShortcuts)}
      </p>
      <FarContext.Provider value={far}>
        <CanvasModelContext.Provider value={model}>
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
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          snapGrid={SNAP}
          selectionOnDrag
          panOnDrag={PAN_ON_DRAG}
          panOnScroll
          panActivationKeyCode="Space"
          // No zoom activation key: holding Ctrl (Command) cost a repaint of the canvas (useCommandWheelZoom.ts).
          zoomActivationKeyCode={null}
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
          <ArrowMarkers />
          <RemovedGhosts />
          {/* The dot grid shows the snap grid where cards can be placed; zoomed out its dots
              (16 px apart at zoom 1) would cost more to draw than the cards. */}
          {!far && <Background variant={BackgroundVariant.Dots} gap={16} size={1} />}
          <StickyNotes />
          <StickyLaneHeaders />
          {overlaysOpen && (
            <>
              <Controls position="bottom-right" style={CONTROLS_STYLE} showInteractive={false} showFitView={false} aria-label={t('zoomControls')}>
                <ControlButton onClick={fit} aria-label={t('wholeChain')} title={t('wholeChain')}>
                  <span aria-hidden="true">⤢</span>
                </ControlButton>
              </Controls>
              <CanvasMiniMap nodes={nodes} label={t('minimap')} />
            </>
          )}
          <OverlayToggle />
        </ReactFlow>
        </CanvasModelContext.Provider>
      </FarContext.Provider>
    </div>
  );
}

/**
 * The canvas's nodes and edges, kept by a CanvasModel that hears each document change with
 * its diff and each selection or highlight change from the UI store.
 */
function useCanvasModel(): CanvasModel {
  const { editor, ui } = useServices();
  const [model] = useState(() => new CanvasModel(editor.theory));
  useEffect(() => {
    // Anything that changed between the first render and this effect.
    if (model.shown !== editor.theory) model.reset(editor.theory);
    // Trace mode dims all but the paths through the selected cards: worked out again when the
    // selection or (while tracing) the document changes, not per frame.
    let trace: { theory: Theory; cards: readonly Id[]; result: Trace } | null = null;
    const traceOf = (theory: Theory, cards: readonly Id[]): Trace | null => {
      if (!ui.get().traceOn || cards.length === 0) return (trace = null);
      if (trace?.theory !== theory || trace.cards !== cards) trace = { theory, cards, result: traceThrough(theory, cards) };
      return trace.result;
    };
    let highlight: Highlight = NO_HIGHLIGHT;
    const view = () => {
      const { selection, highlight: aioStage, tidyPositions } = ui.get();
      const traced = traceOf(editor.theory, selection.cards);
      if (highlight.aio !== aioStage.aio || highlight.stage !== aioStage.stage || highlight.organisations !== aioStage.organisations || (highlight.trace ?? null) !== traced) {
        highlight = { ...aioStage, trace: traced };
      }
      model.setView({ selectedCards: selection.cards, selectedLinks: selection.links, highlight });
      // Tidy-up draws the cards gliding to their places before the document changes.
      model.setTidyPositions(tidyPositions);
    };
    view();
    const offUi = ui.subscribe(view);
    const offEditor = editor.subscribe((change) => {
      if (change.kind === 'load') model.reset(change.editor.theory);
      else model.applyDiff(change.editor.theory, change.diff);
      if (ui.get().traceOn) view();
    });
    return () => {
      offUi();
      offEditor();
    };
  }, [editor, ui, model]);
  return model;
}

/**
 * The model's nodes and edges as React state. A change from a native event (React Flow's drag
 * moves are d3's mouse-move listeners) is then rendered in a scheduler task at the event's
 * priority, as useNodesState does, instead of synchronously inside the event as
 * useSyncExternalStore must; keys and clicks still render at once.
 */
function useFlowElements(model: CanvasModel): { nodes: FlowNode[]; edges: LinkFlowEdge[] } {
  const [elements, setElements] = useState(() => ({ nodes: model.nodes(), edges: model.edges() }));
  useEffect(() => {
    const update = () => setElements((was) => (was.nodes === model.nodes() && was.edges === model.edges() ? was : { nodes: model.nodes(), edges: model.edges() }));
    update();
    return model.subscribe(update);
  }, [model]);
  return elements;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
