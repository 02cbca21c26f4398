/**
 * The largest canvas Chromium (and so Electron) draws: at most this many pixels a side and
 * in all. A bigger canvas draws nothing and encodes to no PNG (measured in Chromium 156:
 * 4,096 × 65,535 encodes, 4,200 × 65,535 and 1,636 × 72,234 do not).
 */
export const CANVAS_MAX_SIDE = 65_535;
export const CANVAS_MAX_AREA = 16_384 * 16_384;

export interface RasterLimits {
  side: number;
  area: number;
}

/**
 * The scale at which a width × height image (CSS px) is drawn: `wanted`, or less when the
 * canvas would pass the limits. With the canvas size it gives (whole pixels, never past a limit).
 */
export function fittingScale(width: number, height: number, wanted: number, limits: RasterLimits = { side: CANVAS_MAX_SIDE, area: CANVAS_MAX_AREA }) {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  let scale = Math.min(wanted, limits.side / w, limits.side / h, Math.sqrt(limits.area / (w * h)));
  let size = { width: Math.max(1, Math.floor(w * scale)), height: Math.max(1, Math.floor(h * scale)) };
  // Rounding may not carry it past the area (floor keeps each side within its own limit).
  while (size.width * size.height > limits.area) {
    scale *= 0.999;
    size = { width: Math.max(1, Math.floor(w * scale)), height: Math.max(1, Math.floor(h * scale)) };
  }
  return { scale, ...size, reduced: scale < wanted };
}
