import { STAGES, type Theory } from '../../shared/model';
import { CARD_HEIGHT, CARD_WIDTH, LANE_WIDTH, laneLeft } from '../../shared/layout';
import { laneHeight } from './derive';

/** Room kept free around the chain; the bottom keeps clear of the checks panel. */
export const FIT_PADDING = { top: 12, left: 16, right: 16, bottom: 56 };
export const FIT_MAX_ZOOM = 1.2;
/** For React Flow's own fitView (focusing on a few cards). */
export const FIT_OPTIONS = { padding: { top: '12px', left: '16px', right: '16px', bottom: '56px' }, maxZoom: FIT_MAX_ZOOM } as const;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport that shows every lane and card as large as the pane allows, aligned to the
 * top: a chain is wider than tall, and centring it vertically would leave a band of empty
 * canvas above the lane headings.
 */
export function chainViewport(theory: Theory, pane: { width: number; height: number }, minZoom = 0.1): Viewport {
  let left = laneLeft(STAGES[0]);
  let right = laneLeft(STAGES[STAGES.length - 1]!) + LANE_WIDTH;
  let top = 0;
  let bottom = laneHeight(theory);
  for (const card of Object.values(theory.cards)) {
    left = Math.min(left, card.position.x);
    right = Math.max(right, card.position.x + CARD_WIDTH);
    top = Math.min(top, card.position.y);
    bottom = Math.max(bottom, card.position.y + CARD_HEIGHT);
  }
  const width = Math.max(1, pane.width - FIT_PADDING.left - FIT_PADDING.right);
  const height = Math.max(1, pane.height - FIT_PADDING.top - FIT_PADDING.bottom);
  const zoom = Math.max(minZoom, Math.min(FIT_MAX_ZOOM, width / (right - left), height / (bottom - top)));
  return {
    x: FIT_PADDING.left + (width - (right - left) * zoom) / 2 - left * zoom,
    y: FIT_PADDING.top - top * zoom,
    zoom,
  };
}

/** Fit the chain in the React Flow pane on the page (no-op before it is laid out). */
export function fitChain(flow: { setViewport(v: Viewport, o?: { duration?: number }): unknown } | null, theory: Theory, duration = 200): void {
  const pane = document.querySelector('.react-flow');
  if (!flow || !pane || pane.clientWidth === 0) return;
  void flow.setViewport(chainViewport(theory, { width: pane.clientWidth, height: pane.clientHeight }), { duration });
}
