import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';

import { CanvasModel } from '../../renderer/canvas/canvasModel';
import { generateTheory } from '../bench/generate';
import { traceThrough } from '../../shared/trace';
import { cardSize, type CardFlowNode, type FlowNode, type Highlight } from '../../renderer/canvas/derive';

/** A model that follows an editor the way the canvas does. */
function follow(e: Editor): CanvasModel {
  const model = new CanvasModel(e.theory);
  e.subscribe((change) => (change.kind === 'load' ? model.reset(change.editor.theory) : model.applyDiff(change.editor.theory, change.diff)));
  return model;
}
const view = (cards: string[] = [], links: string[] = [], highlight: Highlight = { aio: [], stage: null }) => ({
  selectedCards: cards,
  selectedLinks: links,
  highlight,
});
const byId = (nodes: FlowNode[]) => new Map(nodes.map((n) => [n.id, n]));
/** Ids whose node or edge object is not the same as before. */
const changedIds = <T extends { id: string }>(before: T[], after: T[]) => {
  const old = new Map(before.map((n) => [n.id, n]));
  return after.filter((n) => old.get(n.id) !== n).map((n) => n.id);
};

describe('canvas model: nodes and edges derived change by change', () => {
  it('a rename at 3,000 cards makes one new node, new shapes only for that card\'s links and no new edge; undo and redo the same', () => {
    const e = new Editor(generateTheory(3000));
    const model = follow(e);
    const nodes = model.nodes();
    const edges = model.edges();
    const own = Object.values(e.theory.links).filter((l) => l.from === 'c1500' || l.to === 'c1500').map((l) => l.id).sort();
    expect(own.length).toBeGreaterThan(0);
    const counts = { ...model.counts };
    const shapes = new Map(Object.keys(e.theory.links).map((id) => [id, model.shapeOf(id)]));
    e.run('updateCard', { id: 'c1500', changes: { title: 'Hernoemd' } });
    expect(model.counts.nodes - counts.nodes).toBe(1);
    expect(changedIds(nodes, model.nodes())).toEqual(['c1500']);
    // The card is shorter now: its arrows are drawn anew, but no edge object changes.
    expect(model.counts.edges - counts.edges).toBe(0);
    expect(model.edges()).toBe(edges);
    // Routed after the paint (the page's idle time: linkRouteDrop.test.ts); here at once.
    expect(model.routesPending).toBe(true);
    model.settleRoutes();
    const reshaped = [...shapes].filter(([id, shape]) => model.shapeOf(id) !== shape).map(([id]) => id);
    expect(reshaped.length).toBeGreaterThan(0);
    expect(reshaped.filter((id) => !own.includes(id))).toEqual([]);
    expect((byId(model.nodes()).get('c1500') as CardFlowNode).measured?.height).toBe(cardSize(e.theory.cards['c1500']!).height);
    expect(model.cardOf('c1500')!.title).toBe('Hernoemd');
    for (const step of [() => e.undo(), () => e.redo()]) {
      const before = model.nodes();
      step();
      expect(changedIds(before, model.nodes())).toEqual(['c1500']);
      expect(model.edges()).toBe(edges);
    }
  });

  it('a rename that keeps the card\'s size makes no new node and no new nodes array; only that card is told, and its undo and redo the same', () => {
    const e = new Editor(generateTheory(3000));
    const model = follow(e);
    const nodes = model.nodes();
    const edges = model.edges();
    const id = 'c1500';
    const was = e.theory.cards[id]!;
    const title = `${was.title.slice(0, -1)}x`;
    expect(cardSize({ ...was, title }).height).toBe(cardSize(was).height);
    const told: string[] = [];
    const offs = [id, 'c1499', 'c1501'].map((card) => model.subscribeCard(card, () => told.push(card)));
    const counts = { ...model.counts };
    let emitted = 0;
    const offModel = model.subscribe(() => emitted++);
    e.run('updateCard', { id, changes: { title } });
    expect(model.counts.nodes - counts.nodes).toBe(0);
    expect(model.nodes()).toBe(nodes);
    expect(model.edges()).toBe(edges);
    expect(told).toEqual([id]);
    expect(model.cardOf(id)!.title).toBe(title);
    expect(emitted).toBe(1);
    for (const [step, shown] of [[() => e.undo(), was.title], [() => e.redo(), title]] as const) {
      told.length = 0;
      step();
      expect(model.nodes()).toBe(nodes);
      expect(told).toEqual([id]);
      expect(model.cardOf(id)!.title).toBe(shown);
    }
    // A retitle that makes the card taller needs a new node (its size, its handles) and tells the card too.
    told.length = 0;
    e.run('updateCard', { id, changes: { title: `${was.title} ${'en nog veel meer woorden '.repeat(6)}` } });
    expect(changedIds(nodes, model.nodes()).filter((n) => !n.startsWith('lane:'))).toEqual([id]);
    expect(told).toEqual([id]);
    // Gone from the screen, a card is told nothing more.
    offs.forEach((off) => off());
    told.length = 0;
    e.undo();
    expect(told).toEqual([]);
    offModel();
  });

  it('a card on screen that changes size alone keeps the nodes array (React Flow measures it), which holds its new size; one off screen gets a new array', () => {
    const e = new Editor(generateTheory(3000));
    const model = follow(e);
    const nodes = model.nodes();
    const id = 'c1500';
    const was = e.theory.cards[id]!;
    const longer = `${was.title} ${'en nog veel meer woorden '.repeat(6)}`;
    expect(cardSize({ ...was, title: longer }).height).toBeGreaterThan(cardSize(was).height);
    const told: string[] = [];
    const off = model.subscribeDrawnCard(id, () => told.push(id));
    const counts = { ...model.counts };
    let emitted = 0;
    const offModel = model.subscribe(() => emitted++);
    e.run('updateCard', { id, changes: { title: longer } });
    expect(model.nodes()).toBe(nodes);
    expect(told).toEqual([id]);
    const node = byId(model.nodes()).get(id) as CardFlowNode;
    expect(node.measured).toEqual(cardSize(e.theory.cards[id]!));
    expect(node.handles?.[1]?.y).toBe(cardSize(e.theory.cards[id]!).height / 2 - node.handles![1]!.height! / 2);
    expect(model.counts.nodes - counts.nodes).toBe(1);
    e.undo();
    expect(model.nodes()).toBe(nodes);
    expect((byId(model.nodes()).get(id) as CardFlowNode).measured).toEqual(cardSize(was));
    // A change of selection or position still reaches React Flow as a new array.
    e.run('moveCards', { moves: [{ id, position: { x: was.position.x, y: was.position.y + 16 } }] });
    expect(model.nodes()).not.toBe(nodes);
    // Off screen, nothing would measure it: React Flow is handed the new size.
    off();
    const shown = model.nodes();
    e.run('updateCard', { id, changes: { title: longer } });
    expect(model.nodes()).not.toBe(shown);
    expect((byId(model.nodes()).get(id) as CardFlowNode).measured).toEqual(cardSize(e.theory.cards[id]!));
    expect(emitted).toBeGreaterThan(0);
    offModel();
  });

  it('keeps the same arrays while nothing on the canvas changed', () => {
    const e = new Editor(generateTheory(100));
    const model = follow(e);
    const nodes = model.nodes();
    const edges = model.edges();
    e.run('updateTheory', { changes: { title: 'Another title' } });
    expect(model.nodes()).toBe(nodes);
    expect(model.edges()).toBe(edges);
    model.setView(view());
    expect(model.nodes()).toBe(nodes);
  });

  it('selection, highlight and drag frames rebuild only the nodes they change', () => {
    const e = new Editor(generateTheory(1000));
    const model = follow(e);
    let before = model.nodes();
    model.setView(view(['c1', 'c2']));
    expect(changedIds(before, model.nodes()).sort()).toEqual(['c1', 'c2']);
    expect(byId(model.nodes()).get('c1')!.selected).toBe(true);
    before = model.nodes();
    model.setView(view(['c2', 'c3']));
    expect(changedIds(before, model.nodes()).sort()).toEqual(['c1', 'c3']);

    // A drag frame moves the dragged cards only, and dropping (the move committed) keeps them.
    before = model.nodes();
    const to = { x: 32, y: 4000 };
    model.setDragging(new Map([['c7', to]]));
    expect(changedIds(before, model.nodes())).toEqual(['c7']);
    expect(byId(model.nodes()).get('c7')!.position).toEqual(to);
    e.run('moveCards', { moves: [{ id: 'c7', position: to }] });
    const dropped = model.nodes();
    model.setDragging(null);
    expect(changedIds(dropped, model.nodes())).toEqual([]);

    // A highlight dims the cards without the element, and their arrows.
    model.setView(view([], [], { aio: ['netwerk'], stage: null }));
    const dimmed = model.nodes().filter((n): n is CardFlowNode => n.type === 'card' && n.data.dimmed);
    expect(dimmed.length).toBe(Object.values(e.theory.cards).filter((c) => !c.aio.includes('netwerk')).length);
    expect(model.edges().some((edge) => edge.className === 'is-dimmed')).toBe(true);
    model.setView(view());
    expect(model.nodes().some((n) => n.type === 'card' && (n as CardFlowNode).data.dimmed)).toBe(false);
    expect(model.edges().every((edge) => edge.className === undefined)).toBe(true);
  });

  it('trace and tidy-up positions: off-trace cards and links dim, tidy positions move only the cards they name', () => {
    const e = new Editor(generateTheory(100));
    const model = follow(e);
    const trace = traceThrough(e.theory, ['c30']);
    model.setView(view(['c30'], [], { aio: [], stage: null, trace }));
    const cards = model.nodes().filter((n): n is CardFlowNode => n.type === 'card');
    expect(cards.filter((n) => !n.data.dimmed).map((n) => n.id).sort()).toEqual([...trace.cards].sort());
    expect(model.edges().filter((edge) => edge.className === undefined).map((edge) => edge.id).sort()).toEqual([...trace.links].sort());
    model.setView(view(['c30']));
    expect(model.nodes().some((n) => n.type === 'card' && (n as CardFlowNode).data.dimmed)).toBe(false);

    const before = model.nodes();
    model.setTidyPositions(new Map([['c3', { x: 16, y: 9000 }]]));
    expect(changedIds(before, model.nodes())).toEqual(['c3']);
    expect(byId(model.nodes()).get('c3')!.position).toEqual({ x: 16, y: 9000 });
    model.setTidyPositions(null);
    expect(byId(model.nodes()).get('c3')!.position).toEqual(e.theory.cards.c3!.position);
  });

  it('arrows at one card are spread along its edge in the order of the cards at their other ends', () => {
    const e = new Editor(emptyDocument('en'));
    const model = follow(e);
    for (const y of [400, 120, 260]) e.run('addCard', { stage: 'input', title: `from ${y}`, position: { x: 30, y } });
    const [target] = e.run('addCard', { stage: 'action', title: 'target', position: { x: 354, y: 260 } }).created;
    for (const from of ['c1', 'c2', 'c3']) e.run('connect', { from, to: target! });
    const toOffset = (from: string) => model.shapeOf(model.edges().find((edge) => edge.source === from)!.id)!.toOffset;
    // Sources top to bottom (where addCard placed them).
    const topDown = ['c1', 'c2', 'c3'].sort((a, b) => e.theory.cards[a]!.position.y - e.theory.cards[b]!.position.y);
    expect(new Set(['c1', 'c2', 'c3'].map((c) => e.theory.cards[c]!.position.y)).size).toBe(3);
    expect(topDown.map(toOffset)).toEqual([-16, 0, 16]);
    // Each source has one arrow: it leaves from the middle of its edge.
    expect(model.edges().every((edge) => model.shapeOf(edge.id)!.fromOffset === 0)).toBe(true);
    // Moving a source re-spreads the arrows at the target: new shapes, the same edge objects.
    const before = model.edges();
    const shapes = ['l1', 'l2', 'l3'].map((id) => model.shapeOf(id));
    const first = topDown[0]!;
    e.run('moveCards', { moves: [{ id: first, position: { x: 30, y: e.theory.cards[topDown[2]!]!.position.y + 200 } }] });
    expect([topDown[1]!, topDown[2]!, first].map(toOffset)).toEqual([-16, 0, 16]);
    expect(['l1', 'l2', 'l3'].map((id, i) => model.shapeOf(id) !== shapes[i])).toEqual([true, true, true]);
    expect(model.edges()).toBe(before);
    // Removing a link re-spreads the rest.
    const middle = model.edges().find((edge) => edge.source === topDown[2])!.id;
    e.run('deleteLinks', { ids: [middle] });
    expect([topDown[1]!, first].map(toOffset)).toEqual([-8, 8]);
  });

  it('an added card at the bottom of its lane makes one node; its reference number follows the reading order', () => {
    const e = new Editor(generateTheory(100));
    const model = follow(e);
    const before = model.nodes();
    const [id] = e.run('addCard', { stage: 'impact', title: 'Nieuw' }).created;
    // (The lanes grow to keep room below the new lowest card.)
    expect(changedIds(before, model.nodes()).filter((n) => !n.startsWith('lane:'))).toEqual([id]);
    const impact = Object.values(e.theory.cards).filter((c) => c.stage === 'impact').length;
    expect((byId(model.nodes()).get(id!) as CardFlowNode).data.ref).toBe(`5.${impact}`);
    expect((byId(model.nodes()).get('c1') as CardFlowNode).data.ref).toBe('1.1');
    // Moved to the top of its lane it becomes 5.1, and the others in that lane move down one.
    const top = Math.min(...Object.values(e.theory.cards).filter((c) => c.stage === 'impact').map((c) => c.position.y));
    e.run('moveCards', { moves: [{ id: id!, position: { x: e.theory.cards[id!]!.position.x, y: top - 200 } }] });
    expect((byId(model.nodes()).get(id!) as CardFlowNode).data.ref).toBe('5.1');
    // Order: lanes first, then cards by stage and top to bottom.
    const cards = model.nodes().filter((n): n is CardFlowNode => n.type === 'card');
    expect(cards.findIndex((n) => n.id === id)).toBe(cards.findIndex((n) => n.data.stage === 'impact'));
    expect(model.nodes().slice(0, 5).every((n) => n.type === 'lane')).toBe(true);
  });

  it('deleting a card removes its node and its arrows; the lanes shrink to the cards left; a load starts afresh', () => {
    const e = new Editor(emptyDocument('en'));
    const model = follow(e);
    e.run('addCard', { stage: 'input', title: 'a' });
    e.run('addCard', { stage: 'action', title: 'b' });
    e.run('connect', { from: 'c1', to: 'c2', rationale: 'r' });
    expect(model.edges()).toHaveLength(1);
    expect(model.edges()[0]).toMatchObject({ id: 'l1', source: 'c1', target: 'c2', type: 'link', data: { link: e.theory.links.l1 } });
    // The arrow reads its cards' titles itself (LinkEdge): a rename leaves its edge as it was.
    const edges = model.edges();
    e.run('updateCard', { id: 'c2', changes: { title: 'renamed' } });
    expect(model.edges()).toBe(edges);
    e.run('moveCards', { moves: [{ id: 'c2', position: { x: 350, y: 3000 } }] });
    const tall = model.laneHeight;
    e.run('deleteCards', { ids: ['c2'] });
    expect(model.nodes().map((n) => n.id)).not.toContain('c2');
    expect(model.edges()).toEqual([]);
    expect(model.laneHeight).toBeLessThan(tall);
    expect(model.nodes().filter((n) => n.type === 'lane').every((n) => n.height === model.laneHeight)).toBe(true);
    e.load(generateTheory(100));
    expect(model.nodes().filter((n) => n.type === 'card')).toHaveLength(100);
  });

  it('nodes carry their size and handles, so React Flow draws their arrows without measuring', () => {
    const model = new CanvasModel(generateTheory(10).theory);
    const card = model.nodes().find((n) => n.type === 'card')!;
    expect(card.measured).toEqual({ width: 240, height: 96 });
    expect(card.handles).toEqual([
      // Where the browser draws them (centred on the inside of the 2 px border: measured in
      // Chromium at x −5 and 231), so the first frame and every later one agree.
      expect.objectContaining({ type: 'target', position: 'left', x: -5, y: 41, width: 14, height: 14 }),
      expect.objectContaining({ type: 'source', position: 'right', x: 231, y: 41, width: 14, height: 14 }),
    ]);
  });

  it('a change that only adds links paints its cards first and hands the new edges over after the paint; any other edge change hands them at once', () => {
    const e = new Editor(generateTheory(1000));
    const later: (() => void)[] = [];
    const model = new CanvasModel(e.theory, { addedEdgesLater: (fn) => (later.push(fn), () => later.splice(later.indexOf(fn), 1)) });
    e.subscribe((change) => (change.kind === 'load' ? model.reset(change.editor.theory) : model.applyDiff(change.editor.theory, change.diff)));
    const edges = model.edges();
    const { created } = e.run('addLinkedCard', { from: 'c10' });
    const card = created.find((id) => e.theory.cards[id])!;
    const link = created.find((id) => e.theory.links[id])!;
    // The new card is on the canvas; React Flow still has the edge array it had (no new connection lookup in the add's frame).
    expect(byId(model.nodes()).has(card)).toBe(true);
    expect(model.edges()).toBe(edges);
    expect(model.edgesPending).toBe(true);
    expect(later).toHaveLength(1);
    later.shift()!();
    expect(model.edgesPending).toBe(false);
    expect(model.edges().map((edge) => edge.id)).toContain(link);
    expect(model.edges()).toHaveLength(Object.keys(e.theory.links).length);
    // Another add waits likewise; a removal before the paint hands over both at once, and the late call then finds nothing to do.
    const before = model.edges();
    const second = e.run('addLinkedCard', { from: 'c20' }).created.find((id) => e.theory.links[id])!;
    expect(model.edges()).toBe(before);
    const gone = Object.values(e.theory.links).find((l) => l.from === 'c30')!.id;
    e.run('deleteLinks', { ids: [gone] });
    const now = model.edges().map((edge) => edge.id);
    expect(now).toContain(second);
    expect(now).not.toContain(gone);
    expect(model.edgesPending).toBe(false);
    expect(later).toHaveLength(0);
    // Undo of the removal only adds a link back: it too waits for the paint.
    const settled = model.edges();
    e.undo();
    expect(model.edges()).toBe(settled);
    later.shift()!();
    expect(model.edges().map((edge) => edge.id)).toContain(gone);
  });
});

describe('selection pruning', async () => {
  const { pruneSelection } = await import('../../renderer/state/uiStore');
  it('drops ids the document no longer has and keeps the same object when nothing changes', () => {
    const selection = { cards: ['c1', 'c2'], links: ['l1'] };
    const has = { cards: (id: string) => id === 'c1', links: () => true };
    expect(pruneSelection(selection, has)).toEqual({ cards: ['c1'], links: ['l1'] });
    const all = { cards: () => true, links: () => true };
    expect(pruneSelection(selection, all)).toBe(selection);
  });
});

describe('view helpers', async () => {
  const { chainViewport, FIT_PADDING } = await import('../../renderer/canvas/viewOptions');
  const { subscribeChanges } = await import('../../renderer/state/documentLoads');
  const { LANE_WIDTH, laneLeft } = await import('../../shared/layout');

  it('fits all five lanes across the pane and aligns the chain to the top', () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'impact', title: 'far right' });
    const pane = { width: 960, height: 700 };
    const v = chainViewport(e.theory, pane);
    const chainWidth = laneLeft('impact') + LANE_WIDTH;
    expect(v.zoom).toBeCloseTo((pane.width - FIT_PADDING.left - FIT_PADDING.right) / chainWidth, 5);
    expect(v.x).toBeCloseTo(FIT_PADDING.left, 5);
    expect(v.y).toBe(FIT_PADDING.top);
    // A tall chain is fitted by its height instead.
    for (let i = 0; i < 12; i++) e.run('addCard', { stage: 'input', title: `card ${i}` });
    const tall = chainViewport(e.theory, pane);
    expect(tall.zoom).toBeLessThan(v.zoom);
    expect(tall.x).toBeGreaterThan(FIT_PADDING.left);
  });

  it('tells a loaded document from an edit', () => {
    const e = new Editor(emptyDocument('en'));
    const seen: boolean[] = [];
    subscribeChanges(e, (_editor, loaded) => seen.push(loaded));
    e.run('addCard', { stage: 'input' });
    e.undo();
    e.load(emptyDocument('nl'));
    e.run('addCard', { stage: 'input' });
    expect(seen).toEqual([false, false, true, false]);
  });
});
