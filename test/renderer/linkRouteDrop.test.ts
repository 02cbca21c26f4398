import { describe, expect, it } from 'vitest';
import { LinkRouter, type LinkGeometry, type RouteCard, type RouteLink } from '../../shared/linkRoute';
import { cardSize } from '../../renderer/canvas/derive';
import { generateTheory } from '../bench/generate';
import { selectionBox } from '../bench/scenario';

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
