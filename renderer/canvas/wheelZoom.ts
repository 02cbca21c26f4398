import type { Viewport } from './viewOptions';

/**
 * How far one wheel event zooms: React Flow's own wheel delta (d3-zoom's, without the tenfold
 * factor it gives a Mac's pinch), so a Command+wheel zooms as far per notch as a Ctrl+wheel
 * does elsewhere. Positive zooms in.
 */
export function wheelZoomDelta(event: { deltaY: number; deltaMode: number }): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
}

/**
 * The view after zooming by 2^delta about a point on the pane (pixels from its top left
 * corner): the point stays where it is on screen, and the zoom stays within its limits.
 */
export function zoomedAbout(view: Viewport, point: { x: number; y: number }, delta: number, limits: { min: number; max: number }): Viewport {
  const zoom = Math.min(limits.max, Math.max(limits.min, view.zoom * 2 ** delta));
  const scale = zoom / view.zoom;
  return { x: point.x - (point.x - view.x) * scale, y: point.y - (point.y - view.y) * scale, zoom };
}
