/**
 * Routes for diagram arrows that cross a stage column on their way (a link that skips a
 * stage, or runs backwards): a smooth curve there would run behind the cards of the column
 * it crosses and read as two links. Instead the arrow leaves into the gutter beside its
 * card, runs along a height where no card stands in any column it crosses, and comes down
 * the gutter beside its target. Pure geometry in mm, tested on its own.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Point = [number, number];

/** Heights free of every box, within [top, bottom]: the gaps a crossing arrow may run along. */
export function freeBands(obstacles: readonly Box[], top: number, bottom: number, clearance: number): [number, number][] {
  const blocked = obstacles.map((b) => [b.y - clearance, b.y + b.h + clearance] as [number, number]).sort((a, b) => a[0] - b[0]);
  const bands: [number, number][] = [];
  let y = top;
  for (const [start, end] of blocked) {
    if (start > y) bands.push([y, Math.min(start, bottom)]);
    y = Math.max(y, end);
    if (y >= bottom) break;
  }
  if (y < bottom) bands.push([y, bottom]);
  return bands.filter(([a, b]) => b - a > 0.01);
}

/**
 * Tracks hand out a distinct height per arrow within a band, so arrows along the same gap
 * run side by side rather than on top of each other.
 */
export class Tracks {
  private readonly used = new Map<string, number>();

  constructor(private readonly spacing = 1.3) {}

  take(band: [number, number], wanted: number): number {
    const key = `${band[0].toFixed(2)}:${band[1].toFixed(2)}`;
    const n = this.used.get(key) ?? 0;
    this.used.set(key, n + 1);
    const room = band[1] - band[0];
    const slots = Math.max(1, Math.floor(room / this.spacing));
    if (slots === 1) return (band[0] + band[1]) / 2;
    // Start at the slot nearest the wanted height, then alternate below and above it.
    const first = Math.min(slots - 1, Math.max(0, Math.round((wanted - band[0]) / this.spacing - 0.5)));
    const offset = n === 0 ? 0 : (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2);
    const slot = Math.min(slots - 1, Math.max(0, first + offset)) ;
    return band[0] + this.spacing * (slot + 0.5) + (room - slots * this.spacing) / 2;
  }
}

/**
 * The corner points of an arrow from (sx, sy) to (ex, ey) that must cross `obstacles`
 * (the cards of the columns in between): out to gutter x `gx1`, along a free height, down
 * gutter x `gx2`, in to the end.
 */
export function routeAcross(
  start: Point,
  end: Point,
  gutters: [number, number],
  obstacles: readonly Box[],
  limits: { top: number; bottom: number },
  tracks: Tracks,
): Point[] {
  const [sx, sy] = start;
  const [ex, ey] = end;
  const [gx1, gx2] = gutters;
  const bands = freeBands(obstacles, limits.top, limits.bottom, 0.8);
  const wanted = (sy + ey) / 2;
  // The band nearest the straight line between the ends; the space below the lowest cards always qualifies.
  const distance = ([a, b]: [number, number]) => (wanted < a ? a - wanted : wanted > b ? wanted - b : 0);
  const band = bands.length > 0 ? bands.reduce((best, b) => (distance(b) < distance(best) ? b : best)) : ([limits.bottom, limits.bottom] as [number, number]);
  const y = tracks.take(band, wanted);
  return [
    [sx, sy],
    [gx1, sy],
    [gx1, y],
    [gx2, y],
    [gx2, ey],
    [ex, ey],
  ];
}
