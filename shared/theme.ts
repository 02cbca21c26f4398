import type { AioKey, StageKey } from './model';

export type Rgb = [number, number, number];

/**
 * Stage colours: restrained, and distinct in lightness too, so a greyscale print still
 * tells the columns apart. Shared by the canvas, the PDF and the SVG export: it lives outside the report so the canvas need not import the report.
 */
export const STAGE_COLOURS: Record<StageKey, { fill: Rgb; edge: Rgb; hex: string; edgeHex: string }> = {
  input: { fill: [234, 241, 251], edge: [52, 101, 164], hex: '#eaf1fb', edgeHex: '#3465a4' },
  action: { fill: [231, 246, 240], edge: [26, 127, 90], hex: '#e7f6f0', edgeHex: '#1a7f5a' },
  intermediate: { fill: [252, 244, 225], edge: [166, 110, 0], hex: '#fcf4e1', edgeHex: '#a66e00' },
  outcome: { fill: [248, 234, 240], edge: [158, 44, 94], hex: '#f8eaf0', edgeHex: '#9e2c5e' },
  impact: { fill: [237, 235, 248], edge: [84, 64, 160], hex: '#edebf8', edgeHex: '#5440a0' },
};

/** AIO marks differ in shape as well as letter, so they read in black and white. */
export const AIO_SHAPES: Record<AioKey, 'circle' | 'square' | 'diamond'> = {
  arbeidsmatig: 'circle',
  integraal: 'square',
  netwerk: 'diamond',
};

/**
 * The SVG outline of an AIO mark of radius `r` whose left edge is at `x` and middle at `y`; the
 * diamond reaches `pad` beyond the radius so it looks as large as the circle. `num` formats each
 * coordinate (rounding for print, plain for the screen).
 */
export function aioOutlineSvg(key: AioKey, x: number, y: number, r: number, pad: number, num: (v: number) => string = String): string {
  switch (AIO_SHAPES[key]) {
    case 'circle':
      return `<circle cx="${num(x + r)}" cy="${num(y)}" r="${r}"/>`;
    case 'square':
      return `<rect x="${num(x)}" y="${num(y - r)}" width="${2 * r}" height="${2 * r}"/>`;
    case 'diamond':
      return `<polygon points="${num(x + r)},${num(y - r - pad)} ${num(x + 2 * r + pad)},${num(y)} ${num(x + r)},${num(y + r + pad)} ${num(x - pad)},${num(y)}"/>`;
  }
}

export const INK: Rgb = [33, 37, 41];
export const MUTED: Rgb = [108, 117, 125];
export const RULE: Rgb = [206, 212, 218];
export const ACCENT: Rgb = [52, 101, 164];
