import { describe, expect, it } from 'vitest';
import { HANDLE_REACH, LinkRouter, type LinkGeometry, type RouteCard, type RouteLink } from '../../shared/linkRoute';
import { Editor } from '../../shared/editor';
import type { Theory } from '../../shared/model';
import { CanvasModel, type Later } from '../../renderer/canvas/canvasModel';
import { cardSize } from '../../renderer/canvas/derive';
import { generateTheory } from '../bench/generate';
import { editCard, selectionBox } from '../bench/scenario';
import { cardHeightFor } from '../../shared/cardSize';

/** The bench theory as the canvas routes it, with a few links that skip a stage, stay in one or run back. */
function setting(cards: number) {
  const theory = generateTheory(cards).theory;
  const boxes = new Map<string, RouteCard>(Object.values(theory.cards).map((c) => [c.id, { x: c.position.x, y: c.position.y, ...cardSize(c) }]));
  const links = new Map<string, RouteLink>();
  // Spread along the card edges a little, as the canvas does (derive.ts spreadOffsets).
  for (const l of Object.values(theory.links)) links.set(l.id, { from: l.from, to: l.to, fromOffset: (l.id.length % 3) * 8 - 8, toOffset: (l.id.length % 2) * 8, marker: l.rationale.trim() !== '' });
  const ids = Object.keys(theory.cards);
  for (let i = 0; i < 30; i++) links.set(`x${i}`, { from: ids[(i * 37) % ids.length]!, to: ids[(i * 53 + 160) % ids.length]!, fromOffset: 0, toOffset: 0, marker: i % 3 !== 0 });
  return { theory, boxes, links };
}

const markerOverlaps = (router: LinkRouter, links: ReadonlyMap<string, RouteLink>) => {
  const markers = [...links.keys()].map((id) => [id, router.geometry(id)!.marker] as const).filter((m): m is [string, { x: number; y: number }] => m[1] !== null);
  const found: string[] = [];
  for (let i = 0; i < markers.length; i++) {
    for (let j = i + 1; j < markers.length; j++) {
      if (Math.abs(markers[i]![1].x - markers[j]![1].x) < 18 && Math.abs(markers[i]![1].y - markers[j]![1].y) < 18) found.push(`${markers[i]![0]} and ${markers[j]![0]}`);
    }
  }
  return found;
};

describe('links after a drop (shared/linkRoute.ts)', () => {
  it('dropping a box selection of 50 cards re-examines the links at and near them, not every link, and comes out as routing afresh', () => {
    const { theory, boxes, links } = setting(1000);
    const router = new LinkRouter();
    router.reset(boxes, links);
    const before = new Map<string, LinkGeometry>([...links.keys()].map((id) => [id, router.geometry(id)!]));
    const moved = selectionBox(theory).cards.map((c) => c.id);
    expect(moved).toHaveLength(50);
    const changes = new Map<string, RouteCard>();
    for (const id of moved) {
      const box = { ...boxes.get(id)!, y: boxes.get(id)!.y + 480 };
      boxes.set(id, box);
      changes.set(id, box);
    }
    const touching = [...links].filter(([, l]) => moved.includes(l.from) || moved.includes(l.to)).map(([id]) => id);
    const examined = router.counts.examined;
    const changed = router.update(changes, new Map());
    // Every link at a moved card, and the few drawn where the cards were or now are; far from all.
    for (const id of touching) expect(changed, id).toContain(id);
    const looked = router.counts.examined - examined;
    expect(looked).toBeGreaterThanOrEqual(touching.length);
    expect(looked).toBeLessThan(links.size / 4);
    // A link handed back as changed has another path or marker; the others keep their very geometry.
    for (const id of links.keys()) {
      const was = before.get(id)!;
      const now = router.geometry(id)!;
      if (changed.has(id)) expect(now.path !== was.path || now.marker?.x !== was.marker?.x || now.marker?.y !== was.marker?.y, id).toBe(true);
      else expect(now, id).toBe(was);
    }
    // The same paths as routing everything afresh, and still no two markers on each other.
    const fresh = new LinkRouter();
    fresh.reset(boxes, links);
    for (const id of links.keys()) expect(router.geometry(id)!.path, id).toBe(fresh.geometry(id)!.path);
    expect(markerOverlaps(router, links)).toEqual([]);
  });

});

/** A canvas model following an editor, with its later work in a queue the test runs itself ("the page is idle"). */
function canvasAfterEditor(cards: number) {
  const editor = new Editor(generateTheory(cards));
  const waiting = new Set<() => void>();
  const routeLater: Later = (fn) => {
    waiting.add(fn);
    return () => waiting.delete(fn);
  };
  const model = new CanvasModel(editor.theory, { routeLater });
  editor.subscribe((change) => (change.kind === 'load' ? model.reset(change.editor.theory) : model.applyDiff(change.editor.theory, change.diff)));
  const idle = () => {
    const tasks = [...waiting];
    waiting.clear();
    for (const task of tasks) task();
  };
  return { editor, model, waiting, idle };
}

/**
 * Whether a link's route starts and ends where its cards' handles are drawn: LinkEdge draws
 * the route only then (else the plain curve between the handles).
 */
function meetsCards(theory: Theory, model: CanvasModel, id: string): boolean {
  const link = theory.links[id]!;
  const shape = model.shapeOf(id)!;
  const g = shape.geometry;
  const from = theory.cards[link.from]!;
  const to = theory.cards[link.to]!;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
  return (
    g !== null &&
    near(g.sx, from.position.x + cardSize(from).width + HANDLE_REACH) &&
    near(g.sy, from.position.y + cardSize(from).height / 2 + shape.fromOffset) &&
    near(g.tx, to.position.x - HANDLE_REACH) &&
    near(g.ty, to.position.y + cardSize(to).height / 2 + shape.toOffset)
  );
}

const freshPaths = (theory: Theory) => {
  const fresh = new CanvasModel(theory);
  return new Map(Object.keys(theory.links).map((id) => [id, fresh.shapeOf(id)!.geometry!.path]));
};

describe('a drop or a card edit on the canvas: painted first, its links routed when the page is idle (renderer/canvas/canvasModel.ts)', () => {
  it('dropping 50 of 1,000 cards routes no link before the paint; at idle the links at and near them, as routing afresh', () => {
    const { editor, model, waiting, idle } = canvasAfterEditor(1000);
    const theory = editor.theory;
    const moved = selectionBox(theory).cards.map((c) => c.id);
    const ids = Object.keys(theory.links);
    const own = ids.filter((id) => moved.includes(theory.links[id]!.from) || moved.includes(theory.links[id]!.to));
    expect(ids.every((id) => meetsCards(theory, model, id))).toBe(true);
    const geometries = new Map(ids.map((id) => [id, model.shapeOf(id)!.geometry]));
    const examined = model.routing.examined;

    editor.run('moveCards', { moves: moved.map((id) => ({ id, position: { x: theory.cards[id]!.position.x - 48, y: theory.cards[id]!.position.y + 896 } })) });
    // Before the paint: nothing routed, every link keeps its route; the moved cards' own links
    // no longer meet their cards, so they are drawn as plain curves for now.
    expect(model.routing.examined).toBe(examined);
    expect(model.routesPending).toBe(true);
    expect(waiting.size).toBe(1);
    for (const id of ids) expect(model.shapeOf(id)!.geometry, id).toBe(geometries.get(id));
    for (const id of own) expect(meetsCards(editor.theory, model, id), id).toBe(false);

    idle();
    expect(model.routesPending).toBe(false);
    const looked = model.routing.examined - examined;
    expect(looked).toBeGreaterThanOrEqual(own.length);
    expect(looked).toBeLessThan(ids.length / 4);
    for (const id of ids) expect(meetsCards(editor.theory, model, id), id).toBe(true);
    const fresh = freshPaths(editor.theory);
    for (const id of ids) expect(model.shapeOf(id)!.geometry!.path, id).toBe(fresh.get(id));
  });

  it('an edit before the page is idle routes what the drop left waiting with it, and nothing more waits', () => {
    const { editor, model, waiting } = canvasAfterEditor(100);
    const card = Object.values(editor.theory.cards).find((c) => c.stage === 'outcome')!;
    editor.run('moveCards', { moves: [{ id: card.id, position: { x: card.position.x, y: card.position.y + 400 } }] });
    expect(waiting.size).toBe(1);
    // A link edit (its marker may come or go) is routed at once, and the drop with it.
    const link = Object.values(editor.theory.links).find((l) => l.from === card.id || l.to === card.id)!;
    editor.run('updateLink', { id: link.id, changes: { rationale: link.rationale ? '' : 'Omdat het zo werkt' } });
    expect(waiting.size).toBe(0);
    expect(model.routesPending).toBe(false);
    const ids = Object.keys(editor.theory.links);
    for (const id of ids) expect(meetsCards(editor.theory, model, id), id).toBe(true);
    const fresh = freshPaths(editor.theory);
    for (const id of ids) expect(model.shapeOf(id)!.geometry!.path, id).toBe(fresh.get(id));
  });

  it('a rename that keeps the card\'s height routes no link: nothing before the paint, nothing at idle (issue #9)', () => {
    const { editor, model, idle } = canvasAfterEditor(1000);
    const card = editCard(editor.theory);
    const geometries = new Map(Object.keys(editor.theory.links).map((id) => [id, model.shapeOf(id)!.geometry]));
    const examined = model.routing.examined;
    const title = sameHeightTitle(card.title);
    editor.run('updateCard', { id: card.id, changes: { title } });
    editor.undo();
    editor.redo();
    idle();
    expect(model.routing.examined).toBe(examined);
    for (const [id, geometry] of geometries) expect(model.shapeOf(id)!.geometry, id).toBe(geometry);
  });

  it('a rename that changes the card\'s height, and its undo, are painted before routing; at idle its links meet it, as routing afresh', () => {
    const { editor, model, waiting, idle } = canvasAfterEditor(1000);
    const card = editCard(editor.theory);
    const own = Object.keys(editor.theory.links).filter((id) => editor.theory.links[id]!.from === card.id || editor.theory.links[id]!.to === card.id);
    expect(own.length).toBeGreaterThan(0);
    const examined = model.routing.examined;
    const long = 'Een veel langere titel die over meerdere regels loopt, zodat de kaart hoger wordt dan de standaardhoogte van zesennegentig';
    editor.run('updateCard', { id: card.id, changes: { title: long } });
    expect(cardSize(editor.theory.cards[card.id]!).height).toBeGreaterThan(cardSize(card).height);
    expect(model.routing.examined).toBe(examined);
    expect(waiting.size).toBe(1);
    editor.undo();
    expect(model.routing.examined).toBe(examined);
    editor.redo();
    expect(model.routing.examined).toBe(examined);
    expect(waiting.size).toBe(1);
    for (const id of own) expect(meetsCards(editor.theory, model, id), id).toBe(false);
    idle();
    expect(model.routesPending).toBe(false);
    const ids = Object.keys(editor.theory.links);
    for (const id of ids) expect(meetsCards(editor.theory, model, id), id).toBe(true);
    const fresh = freshPaths(editor.theory);
    for (const id of ids) expect(model.shapeOf(id)!.geometry!.path, id).toBe(fresh.get(id));
  });
});

/** Another title of the same card height (the height follows the title's lines: shared/cardSize). */
function sameHeightTitle(title: string): string {
  const height = cardHeightFor(title.trim());
  for (const candidate of ['Hernoemd', `${title} (2)`, title.slice(0, -1)]) if (candidate.trim() !== title.trim() && cardHeightFor(candidate) === height) return candidate;
  throw new Error(`no other title as tall as ${title}`);
}
