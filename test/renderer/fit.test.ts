import { describe, expect, it } from 'vitest';
import { FIT_PADDING, cardRectsOnPane, chainViewport, type PaneRect } from '../../renderer/canvas/viewOptions';
import { laneHeight } from '../../renderer/canvas/derive';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { CARD_HEIGHT } from '../../shared/layout';

/** A chain of `perStage` cards in every stage, stacked from the lane top. */
function chain(perStage: number) {
  const e = new Editor(emptyDocument('en'));
  for (const stage of ['input', 'action', 'intermediate', 'outcome', 'impact'] as const)
    for (let i = 0; i < perStage; i++) e.run('addCard', { stage, title: `${stage} ${i}` });
  return e.theory;
}

const overlaps = (a: PaneRect, b: PaneRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('fit to view (issue #14: fit uses the space the cards need; overlays never over a card)', () => {
  it('fits the cards, not the lanes’ full height', () => {
    const theory = chain(3);
    // A wide, low pane: the height decides the zoom.
    const pane = { width: 1800, height: 500 };
    const view = chainViewport(theory, pane);
    const bottom = Math.max(...cardRectsOnPane(theory, view).map((r) => r.y + r.height));
    // The lowest card ends near the bottom of the room (not two empty slots above it)…
    expect(bottom).toBeGreaterThan(pane.height - FIT_PADDING.bottom - 40);
    expect(bottom).toBeLessThanOrEqual(pane.height - FIT_PADDING.bottom);
    // …so the zoom is larger than fitting the lanes would give.
    const lanesZoom = (pane.height - FIT_PADDING.top - FIT_PADDING.bottom) / laneHeight(theory);
    expect(view.zoom).toBeGreaterThan(lanesZoom * 1.15);
  });

  it('takes the measured height of a card that grew to fit its title', () => {
    const theory = chain(3);
    const pane = { width: 1800, height: 500 };
    const plain = chainViewport(theory, pane);
    const grown = chainViewport(theory, pane, 0.1, { heights: { c3: CARD_HEIGHT * 2 } });
    expect(grown.zoom).toBeLessThan(plain.zoom);
    const bottom = Math.max(...cardRectsOnPane(theory, grown, { c3: CARD_HEIGHT * 2 }).map((r) => r.y + r.height));
    expect(bottom).toBeLessThanOrEqual(pane.height - FIT_PADDING.bottom);
  });

  it('keeps every card clear of the overlays along the bottom, and leaves the fit alone when none is in the way', () => {
    const theory = chain(6);
    const pane = { width: 1024, height: 600 };
    const minimap = { x: pane.width - 180, y: pane.height - 116, width: 168, height: 104 };
    const controls = { x: pane.width - 220, y: pane.height - 140, width: 32, height: 128 };
    const checks = { x: 12, y: pane.height - 50, width: 460, height: 38 };
    const plain = chainViewport(theory, pane);
    // Without care, the lowest impact card lies under the minimap (that is what this test is about).
    expect(cardRectsOnPane(theory, plain).some((r) => overlaps(r, minimap) || overlaps(r, controls))).toBe(true);
    const clear = chainViewport(theory, pane, 0.1, { overlays: [minimap, controls, checks] });
    for (const r of cardRectsOnPane(theory, clear)) for (const o of [minimap, controls, checks]) expect(overlaps(r, o)).toBe(false);
    expect(clear.zoom).toBeLessThan(plain.zoom);
    // An overlay no card reaches changes nothing; nor does a collapsed (empty) one.
    const far = { x: 0, y: pane.height - 4, width: 4, height: 4 };
    expect(chainViewport(theory, pane, 0.1, { overlays: [far, { x: 500, y: 100, width: 0, height: 0 }] })).toEqual(plain);
  });
});
