import { LANE_GAP, LANE_PADDING_X, LANE_WIDTH } from './layout';
import { Tracks, freeBands, type Point } from './report/route';

/**
 * Where the canvas draws each link: the plain curve from card to card where it passes no
 * other card (links between neighbouring stages, nearly always), and otherwise an
 * orthogonal route around the cards, as the PDF diagram routes its crossing arrows
 * (shared/report/route.ts): out into the gutter beside the source's column, along a height
 * where no card stands in the columns it crosses, down the gutter beside the target's
 * column, and in. That covers the links that skip a stage, stay within one, or run back.
 * Each link with a rationale also gets a spot for its "i" marker on its path where it
 * overlaps no other marker and no card.
 *
 * Why not a library: libavoid-js (the WebAssembly port of Adaptagrams libavoid) routed the
 * bench theory of 100 cards and 121 links in about 8 s, and 197 links among 3,000 cards in
 * about 120 s (and as long again after one card moved), far too slow even in a worker; ELK's
 * layered algorithm routes only a graph it lays out itself (with fixed positions it moves the
 * cards; its `fixed` algorithm keeps them but routes nothing). The canvas's lanes make the
 * problem simple enough for the gutter-and-band geometry the report already uses.
 *
 * Pure geometry in canvas px, incremental: `update` re-examines only the links at cards that
 * moved or resized and the links whose drawn path came near such a card, so an edit in a
 * theory of 3,000 cards costs about as much as in one of 30. It runs when the document
 * changes, never per frame (pan and zoom do not touch it); while a card is dragged its links
 * are drawn as plain curves (renderer/canvas/LinkEdge.tsx) and routed again on the drop.
 */
export interface RouteCard {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RouteLink {
  from: string;
  to: string;
  /** Where the arrow leaves and meets the cards' edges, px from their middles (derive.ts spreadOffsets). */
  fromOffset: number;
  toOffset: number;
  /** Whether the link shows an "i" marker (it has a rationale). */
  marker: boolean;
}

export interface LinkGeometry {
  /** The SVG path, from the source handle's tip to the target handle's tip. */
  path: string;
  /** Its ends: a drawn edge whose ends moved (a card being dragged) falls back to the plain curve. */
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  /** True for an orthogonal route around cards, false for the plain curve. */
  routed: boolean;
  /** The centre of the "i" marker, or null for a link without one. */
  marker: { x: number; y: number } | null;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * How far a handle's tip stands out from the card's edge: React Flow centres the 14 px handle
 * (renderer/styles.css .card-handle) on the inside of the card's 2 px border, 7 − 2 = 5.
 */
export const HANDLE_REACH = 5;
/** A marker's box: the 18 px "i" (renderer/styles.css .link-marker) with 2 px of air all round. */
export const MARKER_BOX = 22;
/** Clearance a path keeps from the cards it passes. */
const CLEARANCE = 6;
/** Px between two routes running side by side in a gutter or a gap between cards. */
const TRACK_SPACING = 6;
const CORNER = 8;
const CELL = 192;
const MARKER_CELL = 32;

/** The lane column an x lies in (0 = Input), by the lanes' geometry (shared/layout.ts). */
function columnAt(x: number): number {
  return Math.floor((x + LANE_GAP / 2) / (LANE_WIDTH + LANE_GAP));
}

/** The left edge of lane `column`'s area (may be beyond the five stages: then it is empty canvas). */
function laneX(column: number): number {
  return column * (LANE_WIDTH + LANE_GAP);
}

/**
 * The x range for vertical runs in the gutter left of `column` (between it and the one
 * before): clear of both columns' cards and of the handles' tips.
 */
function gutterBand(column: number): [number, number] {
  const left = laneX(column);
  return [left - LANE_GAP - LANE_PADDING_X + HANDLE_REACH + CLEARANCE, left + LANE_PADDING_X - HANDLE_REACH - CLEARANCE];
}

/** A uniform grid of boxes, to find those near a box without testing all. */
class Grid<K> {
  private readonly cells = new Map<number, Set<K>>();
  /** Cells may be taller than wide: a lane is a tall column, and many links run far down it. */
  constructor(
    private readonly size: number,
    private readonly height = size,
  ) {}

  /** Cells as numbers (column and row packed), visited without allocating. */
  private each(b: Box, visit: (cell: number) => boolean | void): void {
    const x0 = Math.floor(b.x / this.size);
    const x1 = Math.floor((b.x + b.w) / this.size);
    const y0 = Math.floor(b.y / this.height);
    const y1 = Math.floor((b.y + b.h) / this.height);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) if (visit((x + 32768) * 65536 + (y + 32768)) === true) return;
  }

  add(key: K, b: Box): void {
    this.each(b, (cell) => {
      let set = this.cells.get(cell);
      if (!set) this.cells.set(cell, (set = new Set()));
      set.add(key);
    });
  }

  remove(key: K, b: Box): void {
    this.each(b, (cell) => {
      const set = this.cells.get(cell);
      if (!set) return;
      set.delete(key);
      if (set.size === 0) this.cells.delete(cell);
    });
  }

  /** Calls `visit` for each key in the cells `b` touches (a key may come more than once); true stops. */
  some(b: Box, visit: (key: K) => boolean): boolean {
    let found = false;
    this.each(b, (cell) => {
      const set = this.cells.get(cell);
      if (!set) return;
      for (const key of set) if (visit(key)) return (found = true);
    });
    return found;
  }

  clear(): void {
    this.cells.clear();
  }
}

const boxOf = (c: RouteCard): Box => ({ x: c.x, y: c.y, w: c.width, h: c.height });
const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const sameCard = (a: RouteCard | undefined, b: RouteCard | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

/** Whether the segment a–b passes through box `r` (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, r: Box): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return (
    clip(-dx, a[0] - r.x) && clip(dx, r.x + r.w - a[0]) && clip(-dy, a[1] - r.y) && clip(dy, r.y + r.h - a[1]) && t1 - t0 > 1e-9
  );
}

/** React Flow's bezier between a right-side and a left-side handle (its getBezierPath, curvature 0.25). */
export function curveControls(sx: number, sy: number, tx: number, ty: number): [Point, Point] {
  const d = tx - sx;
  const offset = d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d);
  return [
    [sx + offset, sy],
    [tx - offset, ty],
  ];
}

function cubicAt(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
}

/** Points along a polyline at fractions of its length. */
function alongPolyline(points: readonly Point[], fraction: number): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  let left = total * fraction;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (left <= len && len > 0) return [a[0] + ((b[0] - a[0]) * left) / len, a[1] + ((b[1] - a[1]) * left) / len];
    left -= len;
  }
  return points[points.length - 1]!;
}

const f = (n: number) => Math.round(n * 100) / 100;

/** The curve as an SVG path (what React Flow's getBezierPath writes, to 0.01 px). */
function curvePath([s, c1, c2, e]: readonly [Point, Point, Point, Point]): string {
  return `M${f(s[0])},${f(s[1])} C${f(c1[0])},${f(c1[1])} ${f(c2[0])},${f(c2[1])} ${f(e[0])},${f(e[1])}`;
}

/** An orthogonal polyline as an SVG path with rounded corners. */
export function roundedPath(points: readonly Point[]): string {
  let d = `M${f(points[0]![0])},${f(points[0]![1])}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i - 1]!;
    const [x, y] = points[i]!;
    const [nx, ny] = points[i + 1]!;
    const inLen = Math.hypot(x - px, y - py);
    const outLen = Math.hypot(nx - x, ny - y);
    const r = Math.min(CORNER, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += ` L${f(x)},${f(y)}`;
      continue;
    }
    const ax = x - ((x - px) / inLen) * r;
    const ay = y - ((y - py) / inLen) * r;
    const bx = x + ((nx - x) / outLen) * r;
    const by = y + ((ny - y) / outLen) * r;
    d += ` L${f(ax)},${f(ay)} Q${f(x)},${f(y)} ${f(bx)},${f(by)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${f(last[0])},${f(last[1])}`;
}

/**
 * Fractions of a path tried for its marker, nearest the middle first, about every 8 px
 * (at least 15 spots), keeping a marker's width clear of the two ends.
 */
function markerSpots(shape: { curve: readonly Point[] | null; points: readonly Point[] }): number[] {
  const points = shape.curve ?? shape.points;
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  const step = Math.min(0.4 / 7, 8 / Math.max(1, length));
  const edge = Math.min(0.45, MARKER_BOX / Math.max(1, length));
  const spots = [0.5];
  for (let k = 1; 0.5 - k * step >= edge; k++) spots.push(0.5 - k * step, 0.5 + k * step);
  return spots;
}

interface Shape {
  /** The curve's four points, or the route's corners. */
  curve: [Point, Point, Point, Point] | null;
  points: Point[];
}

export class LinkRouter {
  private readonly cards = new Map<string, RouteCard>();
  private readonly links = new Map<string, RouteLink>();
  private readonly linksAt = new Map<string, Set<string>>();
  private readonly cardGrid = new Grid<string>(CELL, CELL * 4);
  private readonly markerGrid = new Grid<string>(MARKER_CELL);
  private readonly shapes = new Map<string, Shape>();
  private readonly geometries = new Map<string, LinkGeometry>();
  /** Each link's drawn extent (path and marker): a card changing there may change its route. */
  private readonly extents = new Map<string, Box>();
  /** The extents in a grid, so the links near a changed card are found without testing every link. */
  private readonly extentGrid = new Grid<string>(CELL, CELL * 4);
  /** Links that need a route around cards. */
  private readonly routed = new Set<string>();
  /** How many times a link's shape was worked out, for tests: a change examines only the links near it. */
  readonly counts = { examined: 0 };

  geometry(id: string): LinkGeometry | undefined {
    return this.geometries.get(id);
  }

  /** Every card and link afresh. Returns the ids of all links. */
  reset(cards: ReadonlyMap<string, RouteCard>, links: ReadonlyMap<string, RouteLink>): Set<string> {
    this.cards.clear();
    this.links.clear();
    this.linksAt.clear();
    this.cardGrid.clear();
    this.markerGrid.clear();
    this.shapes.clear();
    this.geometries.clear();
    this.extents.clear();
    this.extentGrid.clear();
    this.routed.clear();
    for (const [id, card] of cards) {
      this.cards.set(id, card);
      this.cardGrid.add(id, boxOf(card));
    }
    for (const [id, link] of links) this.setLink(id, link);
    const all = new Set(this.links.keys());
    this.recompute(all, [], all);
    return all;
  }

  /**
   * Cards and links that may have changed (null: removed). Returns the links whose geometry
   * changed (or that were removed).
   */
  update(cards: ReadonlyMap<string, RouteCard | null>, links: ReadonlyMap<string, RouteLink | null>): Set<string> {
    const regions: Box[] = [];
    const dirty = new Set<string>();
    const removed = new Set<string>();
    /** Links whose own ends or marker changed: reshaped and placed whatever their curve. */
    const relinked = new Set<string>();
    for (const [id, card] of cards) {
      const old = this.cards.get(id);
      if (sameCard(old, card ?? undefined)) continue;
      if (old) {
        this.cardGrid.remove(id, boxOf(old));
        regions.push(boxOf(old));
      }
      if (card) {
        this.cards.set(id, card);
        this.cardGrid.add(id, boxOf(card));
        regions.push(boxOf(card));
      } else this.cards.delete(id);
      for (const l of this.linksAt.get(id) ?? []) dirty.add(l);
    }
    for (const [id, link] of links) {
      const old = this.links.get(id);
      if (old && link && old.from === link.from && old.to === link.to && old.fromOffset === link.fromOffset && old.toOffset === link.toOffset && old.marker === link.marker) continue;
      if (old) this.unsetLink(id, old);
      if (link) {
        this.setLink(id, link);
        dirty.add(id);
        relinked.add(id);
      } else {
        this.forget(id);
        removed.add(id);
      }
    }
    // The links drawn where a card was or now is (found through the grid of their extents).
    for (const r of regions) {
      this.extentGrid.some(r, (id) => {
        if (!dirty.has(id) && intersects(r, this.extents.get(id)!)) dirty.add(id);
        return false;
      });
    }
    for (const id of dirty) if (!this.links.has(id)) dirty.delete(id);
    if (removed.size > 0) for (const id of this.routed) dirty.add(id);
    const changed = this.recompute(dirty, regions, relinked);
    for (const id of removed) changed.add(id);
    return changed;
  }

  private setLink(id: string, link: RouteLink): void {
    this.links.set(id, link);
    for (const end of [link.from, link.to]) {
      let set = this.linksAt.get(end);
      if (!set) this.linksAt.set(end, (set = new Set()));
      set.add(id);
    }
  }

  private unsetLink(id: string, link: RouteLink): void {
    for (const end of [link.from, link.to]) this.linksAt.get(end)?.delete(id);
  }

  private forget(id: string): void {
    const g = this.geometries.get(id);
    if (g?.marker) this.markerGrid.remove(id, markerBox(g.marker));
    this.geometries.delete(id);
    this.shapes.delete(id);
    this.setExtent(id, null);
    this.routed.delete(id);
  }

  private setExtent(id: string, extent: Box | null): void {
    const old = this.extents.get(id);
    if (old) this.extentGrid.remove(id, old);
    if (extent) {
      this.extents.set(id, extent);
      this.extentGrid.add(id, extent);
    } else this.extents.delete(id);
  }

  /**
   * Shapes for the dirty links; routes for every link that needs one when any of them is
   * touched (routes share the gutters' and gaps' tracks); markers for the links whose shape
   * changed, and for those whose marker lies where a card changed (`regions`). A dirty link
   * whose curve comes out the same keeps its geometry, unless it is in `relinked` (its ends
   * or marker changed). Returns the links whose geometry changed.
   */
  private recompute(dirty: Set<string>, regions: readonly Box[], relinked: ReadonlySet<string>): Set<string> {
    const reshaped = new Set<string>();
    let reroute = false;
    for (const id of dirty) {
      this.counts.examined++;
      const link = this.links.get(id)!;
      const from = this.cards.get(link.from);
      const to = this.cards.get(link.to);
      if (!from || !to) {
        this.forget(id);
        continue;
      }
      const [s, e] = ends(from, to, link);
      const [c1, c2] = curveControls(s[0], s[1], e[0], e[1]);
      const clear = this.curveIsClear(s, c1, c2, e, link);
      if (clear) {
        const curve: [Point, Point, Point, Point] = [s, c1, c2, e];
        if (this.routed.delete(id)) reroute = true;
        else if (!relinked.has(id) && this.keeps(id, curve, regions)) continue;
        this.shapes.set(id, { curve, points: [] });
        reshaped.add(id);
      } else {
        this.routed.add(id);
        reroute = true;
      }
    }
    // Routes share the gutters' and gaps' tracks: when one is touched, all are laid again.
    for (const id of dirty) if (this.routed.has(id)) reroute = true;
    if (reroute) {
      const tracks = new Map<string, Tracks>();
      for (const id of [...this.routed].sort()) {
        const link = this.links.get(id)!;
        const points = this.route(link, tracks);
        const old = this.shapes.get(id);
        if (old && !old.curve && samePoints(old.points, points) && !dirty.has(id)) continue;
        this.shapes.set(id, { curve: null, points });
        reshaped.add(id);
      }
    }
    return this.place(reshaped);
  }

  /** Whether a link drawn as this same curve before keeps its geometry: its marker lies where no card changed. */
  private keeps(id: string, curve: readonly Point[], regions: readonly Box[]): boolean {
    const old = this.shapes.get(id);
    const g = this.geometries.get(id);
    if (!old?.curve || !g || !samePoints(old.curve, curve)) return false;
    const marker = g.marker;
    return !marker || !regions.some((r) => intersects(r, markerBox(marker)));
  }

  /**
   * Whether the plain curve passes no card: not even its own two beyond where it leaves and
   * meets them (a link back or within a stage would curve through them).
   */
  private curveIsClear(s: Point, c1: Point, c2: Point, e: Point, link: RouteLink): boolean {
    // The curve lies within the box of its four points: nothing there, nothing in the way (the common case).
    const x0 = Math.min(s[0], c1[0], c2[0], e[0]) - 1;
    const y0 = Math.min(s[1], e[1]) - 1;
    const bbox = { x: x0, y: y0, w: Math.max(s[0], c1[0], c2[0], e[0]) + 1 - x0, h: Math.max(s[1], e[1]) + 1 - y0 };
    if (!this.cardGrid.some(bbox, (id) => intersects(bbox, boxOf(this.cards.get(id)!)))) return true;
    const steps = 24;
    let prev = s;
    for (let i = 1; i <= steps; i++) {
      const p = cubicAt(s, c1, c2, e, i / steps);
      if (this.segmentBlocked(prev, p, i === 1 || i === steps ? link : null)) return false;
      prev = p;
    }
    return true;
  }

  private segmentBlocked(a: Point, b: Point, link: RouteLink | null, clearance = 1): boolean {
    const box = { x: Math.min(a[0], b[0]) - clearance, y: Math.min(a[1], b[1]) - clearance, w: Math.abs(a[0] - b[0]) + 2 * clearance, h: Math.abs(a[1] - b[1]) + 2 * clearance };
    return this.cardGrid.some(box, (id) => {
      if (link && (id === link.from || id === link.to)) return false;
      const c = this.cards.get(id)!;
      return segmentHitsBox(a, b, { x: c.x - clearance, y: c.y - clearance, w: c.width + 2 * clearance, h: c.height + 2 * clearance });
    });
  }

  /**
   * Out to the gutter right of the source's column, along a free height across the columns
   * between, down the gutter left of the target's column, in. Tries the free heights from the
   * shortest way round and keeps the first whose every segment is clear.
   */
  private route(link: RouteLink, tracks: Map<string, Tracks>): Point[] {
    const from = this.cards.get(link.from)!;
    const to = this.cards.get(link.to)!;
    const [s, e] = ends(from, to, link);
    const c1 = columnAt(from.x + from.width / 2);
    const c2 = columnAt(to.x + to.width / 2);
    const take = (key: string, band: [number, number], wanted: number) => {
      let t = tracks.get(key);
      if (!t) tracks.set(key, (t = new Tracks(TRACK_SPACING)));
      return t.take(band, wanted);
    };
    const g1 = gutterBand(c1 + 1);
    const g2 = gutterBand(c2);
    const x1 = take(`g${c1 + 1}`, g1, (g1[0] + g1[1]) / 2);
    // Neighbouring columns whose curve is blocked (a card in the way): down the one gutter between.
    if (c2 === c1 + 1) {
      return [s, [x1, s[1]], [x1, e[1]], e];
    }
    const x2 = take(`g${c2}`, g2, (g2[0] + g2[1]) / 2);
    const left = Math.min(x1, x2);
    const right = Math.max(x1, x2);
    const obstacles: Box[] = [];
    let top = Math.min(s[1], e[1]);
    let bottom = Math.max(s[1], e[1]);
    for (const c of this.cards.values()) {
      if (c.x + c.width <= left || c.x >= right) continue;
      obstacles.push(boxOf(c));
      top = Math.min(top, c.y);
      bottom = Math.max(bottom, c.y + c.height);
    }
    const limits = { top: top - 4 * CLEARANCE, bottom: bottom + 4 * CLEARANCE };
    const bands = freeBands(
      obstacles.map((b) => ({ x: b.x, y: b.y, w: b.w, h: b.h })),
      limits.top,
      limits.bottom,
      CLEARANCE,
    );
    const wanted = (s[1] + e[1]) / 2;
    const lo = Math.min(s[1], e[1]);
    const hi = Math.max(s[1], e[1]);
    // The vertical way round through a band: nothing extra while the band lies between the two ends.
    const cost = ([a, b]: [number, number]) => (b < lo ? lo - b : a > hi ? a - hi : 0) * 2 + Math.abs(Math.min(b, Math.max(a, wanted)) - wanted) * 0.01;
    const candidates = [...bands].sort((a, b) => cost(a) - cost(b));
    let first: Point[] | null = null;
    for (const band of candidates.slice(0, 6)) {
      const y = take(`b${band[0].toFixed(1)}:${band[1].toFixed(1)}:${Math.min(c1, c2)}:${Math.max(c1, c2)}`, band, Math.min(band[1], Math.max(band[0], wanted)));
      const points: Point[] = [s, [x1, s[1]], [x1, y], [x2, y], [x2, e[1]], e];
      first ??= points;
      if (this.pathIsClear(points, link)) return points;
    }
    // No band (cannot happen: below the lowest card is always free); the first candidate anyway.
    return first ?? [s, [x1, s[1]], [x1, limits.bottom], [x2, limits.bottom], [x2, e[1]], e];
  }

  private pathIsClear(points: readonly Point[], link: RouteLink): boolean {
    for (let i = 1; i < points.length; i++) {
      // The first and last segments leave and enter the link's own cards.
      if (this.segmentBlocked(points[i - 1]!, points[i]!, i === 1 || i === points.length - 1 ? link : null)) return false;
    }
    return true;
  }

  /** Geometry for the reshaped links: their path and, for those with a rationale, a marker spot. */
  private place(reshaped: Set<string>): Set<string> {
    const changed = new Set<string>();
    // The shortest first: they have the fewest spots to choose from.
    const length = new Map([...reshaped].map((id) => [id, shapeLength(this.shapes.get(id)!)]));
    const order = [...reshaped].sort((a, b) => length.get(a)! - length.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    for (const id of order) {
      const g = this.geometries.get(id);
      if (g?.marker) this.markerGrid.remove(id, markerBox(g.marker));
    }
    for (const id of order) {
      const link = this.links.get(id)!;
      const shape = this.shapes.get(id)!;
      const old = this.geometries.get(id);
      const [s, e] = shape.curve ? [shape.curve[0], shape.curve[3]] : [shape.points[0]!, shape.points[shape.points.length - 1]!];
      const path = shape.curve ? curvePath(shape.curve) : roundedPath(shape.points);
      const marker = link.marker ? this.markerSpot(id, shape) : null;
      if (marker) {
        this.markerGrid.add(id, markerBox(marker));
        for (const moved of this.makeRoom(id, marker)) changed.add(moved);
      }
      const geometry: LinkGeometry = { path, sx: s[0], sy: s[1], tx: e[0], ty: e[1], routed: !shape.curve, marker };
      this.setExtent(id, extentOf(shape, marker));
      if (old && old.path === geometry.path && old.marker?.x === marker?.x && old.marker?.y === marker?.y) continue;
      this.geometries.set(id, geometry);
      changed.add(id);
    }
    return changed;
  }

  /** Other links' markers under this one's box. */
  private markersUnder(id: string, spot: { x: number; y: number }): string[] {
    const box = markerBox(spot);
    const under = new Set<string>();
    this.markerGrid.some(box, (other) => {
      const m = other === id ? null : this.geometries.get(other)?.marker;
      if (m && intersects(box, markerBox(m))) under.add(other);
      return false;
    });
    return [...under];
  }

  /**
   * A marker that found no free spot on its path moves those it sits on, where they have
   * room elsewhere on theirs (a long link crossing a short one: the short one has fewer
   * spots). Returns the links whose marker moved.
   */
  private makeRoom(id: string, spot: { x: number; y: number }): string[] {
    const moved: string[] = [];
    for (const other of this.markersUnder(id, spot)) {
      const g = this.geometries.get(other)!;
      const shape = this.shapes.get(other);
      if (!g.marker || !shape) continue;
      this.markerGrid.remove(other, markerBox(g.marker));
      const next = this.markerSpot(other, shape);
      if (this.markersUnder(other, next).length > 0) {
        this.markerGrid.add(other, markerBox(g.marker));
        continue;
      }
      this.markerGrid.add(other, markerBox(next));
      this.geometries.set(other, { ...g, marker: next });
      this.setExtent(other, extentOf(shape, next));
      moved.push(other);
    }
    return moved;
  }

  /** The first spot along the path, from the middle outwards, where the marker covers no other marker and no card. */
  private markerSpot(id: string, shape: Shape): { x: number; y: number } {
    const at = (f: number): Point => (shape.curve ? cubicAt(...shape.curve, f) : alongPolyline(shape.points, f));
    // Failing a spot clear of both: one clear of other markers (on a card's edge), else the one on fewest markers.
    let clearOfMarkers: { x: number; y: number } | null = null;
    let best: { x: number; y: number } | null = null;
    let fewest = Infinity;
    for (const f of markerSpots(shape)) {
      const [x, y] = at(f);
      const spot = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
      const box = markerBox(spot);
      let onMarkers = 0;
      this.markerGrid.some(box, (other) => {
        const m = other === id ? null : this.geometries.get(other)?.marker;
        if (m && intersects(box, markerBox(m))) onMarkers++;
        return false;
      });
      if (onMarkers > 0) {
        if (onMarkers < fewest) {
          fewest = onMarkers;
          best = spot;
        }
        continue;
      }
      if (!this.cardGrid.some(box, (c) => intersects(box, boxOf(this.cards.get(c)!)))) return spot;
      clearOfMarkers ??= spot;
    }
    return clearOfMarkers ?? best!;
  }
}

/** Where a link leaves its source (the right handle's tip) and meets its target (the left one's). */
function ends(from: RouteCard, to: RouteCard, link: RouteLink): [Point, Point] {
  return [
    [from.x + from.width + HANDLE_REACH, from.y + from.height / 2 + link.fromOffset],
    [to.x - HANDLE_REACH, to.y + to.height / 2 + link.toOffset],
  ];
}

function markerBox(m: { x: number; y: number }): Box {
  return { x: m.x - MARKER_BOX / 2, y: m.y - MARKER_BOX / 2, w: MARKER_BOX, h: MARKER_BOX };
}

function extentOf(shape: Shape, marker: { x: number; y: number } | null): Box {
  const points: Point[] = shape.curve ? [...shape.curve] : shape.points;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  if (marker) {
    x0 = Math.min(x0, marker.x - MARKER_BOX / 2);
    y0 = Math.min(y0, marker.y - MARKER_BOX / 2);
    x1 = Math.max(x1, marker.x + MARKER_BOX / 2);
    y1 = Math.max(y1, marker.y + MARKER_BOX / 2);
  }
  return { x: x0 - 1, y: y0 - 1, w: x1 - x0 + 2, h: y1 - y0 + 2 };
}

function shapeLength(shape: Shape): number {
  const points = shape.curve ?? shape.points;
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return length;
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]);
}

/** Px between a marker's edge and the rationale shown beside it. */
const BUBBLE_GAP = 6;
/** How far from its marker a rationale may be put to find room clear of the cards, px (at the size it is drawn). */
const BUBBLE_REACH = 12;

/**
 * Where a link's rationale goes when shown (the link selected or hovered): its top left
 * corner. Beside the marker on the first side where the `size` box covers no card (right of
 * it first, as it reads on from the marker, then left, below, above, the corners); where the
 * cards stand too close for that (a gutter is narrower than a rationale), the nearest spot
 * further out, in rings around the marker up to BUBBLE_REACH times the box's height, that
 * covers none (the canvas then draws a leader line to it); failing all, where it covers least.
 */
export function bubbleSpot(marker: { x: number; y: number }, size: { width: number; height: number }, cards: readonly RouteCard[]): { x: number; y: number } {
  const r = MARKER_BOX / 2 - 2 + BUBBLE_GAP;
  const { width: w, height: h } = size;
  const { x, y } = marker;
  const reach = BUBBLE_REACH * h + w;
  const near = cards.filter((c) => c.x < x + reach && c.x + c.width > x - reach && c.y < y + reach && c.y + c.height > y - reach);
  const coveredBy = (c: { x: number; y: number }) => {
    let covered = 0;
    for (const card of near) {
      const dx = Math.min(c.x + w, card.x + card.width) - Math.max(c.x, card.x);
      const dy = Math.min(c.y + h, card.y + card.height) - Math.max(c.y, card.y);
      if (dx > 0 && dy > 0) covered += dx * dy;
    }
    return covered;
  };
  const beside = [
    { x: x + r, y: y - h / 2 },
    { x: x - r - w, y: y - h / 2 },
    { x: x - w / 2, y: y + r },
    { x: x - w / 2, y: y - r - h },
    { x: x + r, y: y + r },
    { x: x + r, y: y - r - h },
    { x: x - r - w, y: y + r },
    { x: x - r - w, y: y - r - h },
  ];
  let best = beside[0]!;
  let least = Infinity;
  for (const c of beside) {
    const covered = coveredBy(c);
    if (covered === 0) return c;
    if (covered < least) {
      least = covered;
      best = c;
    }
  }
  // Rings further out: each spot's box centred on a point of the ring, nearest ring first.
  const step = Math.max(8, h / 2);
  for (let ring = step; ring <= BUBBLE_REACH * h; ring += step) {
    const points = Math.max(8, Math.round((2 * Math.PI * ring) / step));
    for (let k = 0; k < points; k++) {
      // From straight down round both ways, so of two spots as near the one below comes first.
      const turn = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * ((2 * Math.PI) / points);
      const c = { x: x + Math.sin(turn) * ring - w / 2, y: y + Math.cos(turn) * ring - h / 2 };
      if (coveredBy(c) === 0) return { x: Math.round(c.x * 10) / 10, y: Math.round(c.y * 10) / 10 };
    }
  }
  return best;
}
