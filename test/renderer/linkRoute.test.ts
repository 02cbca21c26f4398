import { describe, expect, it } from 'vitest';
import { LinkRouter, bubbleSpot, type RouteCard, type RouteLink } from '../../shared/linkRoute';
import { CanvasModel } from '../../renderer/canvas/canvasModel';
import { cardSize } from '../../renderer/canvas/derive';
import { TEMPLATES } from '../../shared/templates';
import { Editor } from '../../shared/editor';
import { CURRENT_VERSION, FORMAT_NAME, type Theory } from '../../shared/model';
import { laneCardX } from '../../shared/layout';
import { generateTheory } from '../bench/generate';

type P = [number, number];

/** Points along an SVG path of M, L, Q and C commands (what the router writes), every few px. */
function sample(d: string): P[] {
  const tokens = d.match(/[MLQC]|-?[\d.]+(?:e-?\d+)?/g)!;
  const out: P[] = [];
  let i = 0;
  let at: P = [0, 0];
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const cmd = tokens[i++]!;
    if (cmd === 'M') {
      at = [num(), num()];
      out.push(at);
    } else if (cmd === 'L') {
      const to: P = [num(), num()];
      const n = Math.max(1, Math.ceil(Math.hypot(to[0] - at[0], to[1] - at[1]) / 2));
      for (let k = 1; k <= n; k++) out.push([at[0] + ((to[0] - at[0]) * k) / n, at[1] + ((to[1] - at[1]) * k) / n]);
      at = to;
    } else if (cmd === 'Q') {
      const c: P = [num(), num()];
      const to: P = [num(), num()];
      for (let k = 1; k <= 8; k++) {
        const t = k / 8;
        out.push([(1 - t) ** 2 * at[0] + 2 * (1 - t) * t * c[0] + t * t * to[0], (1 - t) ** 2 * at[1] + 2 * (1 - t) * t * c[1] + t * t * to[1]]);
      }
      at = to;
    } else if (cmd === 'C') {
      const c1: P = [num(), num()];
      const c2: P = [num(), num()];
      const to: P = [num(), num()];
      for (let k = 1; k <= 200; k++) {
        const t = k / 200;
        const u = 1 - t;
        out.push([u ** 3 * at[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t ** 3 * to[0], u ** 3 * at[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t ** 3 * to[1]]);
      }
      at = to;
    } else throw new Error(`unexpected ${cmd} in ${d}`);
  }
  return out;
}

const inside = ([x, y]: P, c: RouteCard) => x > c.x && x < c.x + c.width && y > c.y && y < c.y + c.height;

/** Links whose drawn path enters a card other than its own two, and markers overlapping another or a card. */
function problems(cards: ReadonlyMap<string, RouteCard>, links: ReadonlyMap<string, RouteLink>, router: LinkRouter): string[] {
  const found: string[] = [];
  const markers: [string, { x: number; y: number }][] = [];
  for (const [id, link] of links) {
    const g = router.geometry(id)!;
    const points = sample(g.path);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const [cardId, card] of cards) {
      if (cardId === link.from || cardId === link.to) continue;
      if (card.x > x1 || card.x + card.width < x0 || card.y > y1 || card.y + card.height < y0) continue;
      if (points.some((p) => inside(p, card))) found.push(`${id} (${link.from}→${link.to}) crosses ${cardId}`);
    }
    if (link.marker) {
      expect(g.marker, id).not.toBeNull();
      markers.push([id, g.marker!]);
      for (const [cardId, c] of cards) {
        if (g.marker!.x + 9 > c.x && g.marker!.x - 9 < c.x + c.width && g.marker!.y + 9 > c.y && g.marker!.y - 9 < c.y + c.height) found.push(`marker of ${id} on ${cardId}`);
      }
    } else expect(g.marker, id).toBeNull();
  }
  for (let i = 0; i < markers.length; i++) {
    for (let j = i + 1; j < markers.length; j++) {
      const [a, m] = markers[i]!;
      const [b, n] = markers[j]!;
      if (Math.abs(m.x - n.x) < 18 && Math.abs(m.y - n.y) < 18) found.push(`markers of ${a} and ${b} overlap`);
    }
  }
  return found;
}

/** What the canvas model hands the router for a theory (cards as drawn, arrows spread along edges). */
function routed(theory: Theory): { cards: Map<string, RouteCard>; links: Map<string, RouteLink>; router: LinkRouter } {
  const model = new CanvasModel(theory);
  const cards = new Map(Object.values(theory.cards).map((c) => [c.id, { x: c.position.x, y: c.position.y, ...cardSize(c) }]));
  const links = new Map<string, RouteLink>();
  for (const edge of model.edges()) {
    const l = edge.data!.link;
    const shape = model.shapeOf(l.id)!;
    links.set(l.id, { from: l.from, to: l.to, fromOffset: shape.fromOffset, toOffset: shape.toOffset, marker: l.rationale.trim() !== '' });
  }
  const router = new LinkRouter();
  router.reset(cards, links);
  // The model's own geometry is the router's.
  for (const edge of model.edges()) expect(model.shapeOf(edge.id)!.geometry).toEqual(router.geometry(edge.id));
  return { cards, links, router };
}

const card = (x: number, y: number, height = 96): RouteCard => ({ x, y, width: 240, height });
const link = (from: string, to: string, marker = true): RouteLink => ({ from, to, fromOffset: 0, toOffset: 0, marker });

describe('links routed around cards (shared/linkRoute.ts)', () => {
  it('every template: no link passes through a card it does not connect, no marker overlaps another or a card', () => {
    for (const t of TEMPLATES) {
      const { cards, links, router } = routed(t.create('nl').theory);
      expect(problems(cards, links, router), t.name).toEqual([]);
    }
  });

  it('a link to the next stage keeps its curve; one that skips a stage, stays in one or runs back goes round the cards', () => {
    const cards = new Map([
      ['a', card(laneCardX('input'), 112)],
      ['a2', card(laneCardX('input'), 232)],
      ['b', card(laneCardX('action'), 112)],
      ['b2', card(laneCardX('action'), 232)],
      ['c', card(laneCardX('intermediate'), 112)],
    ]);
    const links = new Map([
      ['next', link('a', 'b2')],
      ['skip', link('a', 'c')],
      ['within', link('a', 'a2')],
      ['back', link('c', 'b')],
    ]);
    const router = new LinkRouter();
    router.reset(cards, links);
    expect(router.geometry('next')!.routed).toBe(false);
    expect(router.geometry('next')!.path).toMatch(/^M[\d.]+,[\d.]+ C/);
    for (const id of ['skip', 'within', 'back']) expect(router.geometry(id)!.routed, id).toBe(true);
    expect(problems(cards, links, router)).toEqual([]);
    // The route starts and ends at the handles' tips, where React Flow draws the edge's ends.
    expect(router.geometry('skip')).toMatchObject({ sx: laneCardX('input') + 240 + 5, sy: 160, tx: laneCardX('intermediate') - 5, ty: 160 });
    // Without the card in the way the skip needs no route.
    const changed = router.update(new Map([['b', null]]), new Map([['back', null]]));
    expect(changed.has('skip')).toBe(true);
    expect(router.geometry('skip')!.routed).toBe(false);
    expect(changed.has('back')).toBe(true);
    expect(router.geometry('back')).toBeUndefined();
    expect(changed.has('next')).toBe(false);
  });

  it('an edit re-routes only the links near what changed, and comes out as routing everything afresh', () => {
    const theory = generateTheory(400).theory;
    // A few skip, backward and within-stage links among the forward ones.
    const ids = Object.keys(theory.cards);
    const extra = new Map<string, RouteLink>();
    for (let i = 0; i < 30; i++) extra.set(`x${i}`, link(ids[(i * 37) % ids.length]!, ids[(i * 53 + 160) % ids.length]!, i % 3 !== 0));
    const { cards, links } = routed(theory);
    for (const [id, l] of extra) links.set(id, l);
    const router = new LinkRouter();
    let start = performance.now();
    router.reset(cards, links);
    const resetMs = performance.now() - start;
    expect(problems(cards, links, router)).toEqual([]);
    // One card grows (a longer title): only links near it change.
    const grown = { ...cards.get('c200')!, height: 160 };
    cards.set('c200', grown);
    start = performance.now();
    const changed = router.update(new Map([['c200', grown]]), new Map());
    console.log(`routing 400 cards and ${links.size} links: ${resetMs.toFixed(1)} ms; after one card grew: ${(performance.now() - start).toFixed(1)} ms, ${changed.size} links changed`);
    expect(changed.size).toBeGreaterThan(0);
    expect(changed.size).toBeLessThan(links.size / 10);
    const fresh = new LinkRouter();
    fresh.reset(cards, links);
    expect(problems(cards, links, router)).toEqual([]);
    // Incremental placement may keep a marker where it was; paths are the same as afresh.
    for (const id of links.keys()) expect(router.geometry(id)!.path, id).toBe(fresh.geometry(id)!.path);
  });

  it('the canvas model hands a moved card\'s links a new route, and only the shapes whose path changed are new objects; no edge object changes', () => {
    const t = TEMPLATES.find((x) => x.name === 'ijmond-groepen')!;
    const doc = t.create('nl');
    const editor = new Editor({ format: FORMAT_NAME, version: CURRENT_VERSION, theory: doc.theory, versions: [] });
    const model = new CanvasModel(editor.theory);
    editor.subscribe((change) => (change.kind === 'load' ? model.reset(change.editor.theory) : model.applyDiff(change.editor.theory, change.diff)));
    const edges = model.edges();
    const ids = edges.map((e) => e.id);
    const before = new Map(ids.map((id) => [id, model.shapeOf(id)!]));
    const outcome = Object.values(editor.theory.cards).find((c) => c.stage === 'outcome')!;
    editor.run('moveCards', { moves: [{ id: outcome.id, position: { x: outcome.position.x, y: outcome.position.y + 400 } }] });
    // A drop is routed once the page is idle (linkRouteDrop.test.ts); here at once.
    expect(model.routesPending).toBe(true);
    model.settleRoutes();
    expect(model.routesPending).toBe(false);
    expect(model.edges()).toBe(edges);
    const renewed = ids.filter((id) => before.get(id) !== model.shapeOf(id));
    for (const id of renewed) {
      const [was, now] = [before.get(id)!, model.shapeOf(id)!];
      expect(now.geometry !== was.geometry || now.toOffset !== was.toOffset || now.fromOffset !== was.fromOffset, id).toBe(true);
    }
    const own = Object.values(editor.theory.links).filter((l) => l.from === outcome.id || l.to === outcome.id).map((l) => l.id);
    for (const id of own) expect(renewed).toContain(id);
    const { cards, links, router } = routed(editor.theory);
    expect(problems(cards, links, router)).toEqual([]);
  });

  it('a shown rationale goes beside its marker on the first side where it covers no card, else where it covers least', () => {
    const size = { width: 200, height: 40 };
    const covers = (spot: { x: number; y: number }, c: RouteCard) => spot.x < c.x + c.width && c.x < spot.x + size.width && spot.y < c.y + c.height && c.y < spot.y + size.height;
    // Open canvas: right of the marker, centred on it.
    expect(bubbleSpot({ x: 300, y: 200 }, size, [])).toEqual({ x: 315, y: 180 });
    // A card to the right: left of the marker instead.
    const right = card(320, 150);
    const left = bubbleSpot({ x: 300, y: 200 }, size, [right]);
    expect(left.x + size.width).toBeLessThanOrEqual(300);
    expect(covers(left, right)).toBe(false);
    // Cards right and left: below, then above.
    const cards = [card(320, 150, 60), card(40, 150, 60)];
    const below = bubbleSpot({ x: 300, y: 200 }, size, cards);
    expect(below.y).toBeGreaterThan(200);
    expect(cards.some((c) => covers(below, c))).toBe(false);
    // Cards close on every side (a gutter narrower than the rationale): the nearest free spot further out.
    const boxed = [card(0, 0, 180), card(320, 0, 400), card(0, 220, 300), card(60, 180, 20)];
    const out = bubbleSpot({ x: 300, y: 200 }, size, boxed);
    expect(boxed.some((c) => covers(out, c))).toBe(false);
    expect(Math.hypot(out.x + 100 - 300, out.y + 20 - 200)).toBeLessThan(12 * 40 + 100);
    // Nowhere free within reach: beside the marker where it covers least.
    const wall = [card(-1000, -1000, 3000), { x: 310, y: 150, width: 30, height: 30 }];
    wall[0]!.width = 3000;
    const least = bubbleSpot({ x: 300, y: 200 }, size, wall);
    expect([{ x: 315, y: 180 }, { x: 85, y: 180 }, { x: 200, y: 215 }, { x: 200, y: 145 }, { x: 315, y: 215 }, { x: 315, y: 145 }, { x: 85, y: 215 }, { x: 85, y: 145 }]).toContainEqual(least);
  });
});
