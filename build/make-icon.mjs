#!/usr/bin/env node
// Draws the icons electron-builder packs, with no image library: the app icon (five stage
// columns joined by an arrow) and the icon of a .werkzaam document (the same columns on a
// page). Drawn at 1024 px and averaged down, so edges are smooth at 512 and 256.
//   build/icon.png              512×512, app icon (mac and win convert it themselves)
//   build/icons/NxN.png         Linux icon set (electron-builder reads sizes from the names)
//   build/document.ico/.icns    file-association icon (Windows / macOS)
// Run: node build/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BIG = 1024;
const STAGES = [[52, 101, 164], [26, 127, 90], [166, 110, 0], [158, 44, 94], [84, 64, 160]];
const INK = [33, 37, 41];

function canvas(size) {
  const px = Buffer.alloc(size * size * 4);
  return {
    size,
    px,
    set(x, y, [r, g, b], a = 255) {
      if (x < 0 || y < 0 || x >= size || y >= size) return;
      const i = (y * size + x) * 4;
      px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a;
    },
  };
}

function roundedInside(x, y, x0, y0, w, h, r) {
  const cx = Math.min(Math.max(x, x0 + r), x0 + w - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function fillRounded(c, x0, y0, w, h, r, colour, inside = () => true) {
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) if (roundedInside(x, y, x0, y0, w, h, r) && inside(x, y)) c.set(x, y, colour);
}

/** Five columns rising left to right, on a baseline arrow; `s` scales the 512-px design. */
function chain(c, ox, oy, s) {
  STAGES.forEach((colour, i) => {
    const h = (120 + i * 50) * s;
    fillRounded(c, Math.round(ox + (56 + i * 84) * s), Math.round(oy + 400 * s - h), Math.round(64 * s), Math.round(h), Math.round(14 * s), colour);
  });
  const y = Math.round(oy + 440 * s);
  for (let x = Math.round(ox + 70 * s); x < ox + 440 * s; x++) for (let t = -7 * s; t <= 7 * s; t++) c.set(x, Math.round(y + t), INK);
  for (let d = 0; d < 34 * s; d++) for (let t = -d; t <= d; t++) c.set(Math.round(ox + 470 * s - d), Math.round(y + t), INK);
}

function appIcon() {
  const c = canvas(BIG);
  fillRounded(c, 32, 32, 960, 960, 192, [255, 255, 255]);
  chain(c, 0, 0, 2);
  return c;
}

function documentIcon() {
  const c = canvas(BIG);
  const [x0, y0, w, h, fold, rim] = [160, 48, 704, 928, 200, 12];
  const fx = x0 + w - fold; // left edge of the folded corner
  // How far (x, y) lies beyond the fold's diagonal; positive = cut away.
  const beyond = (x, y) => (x > fx && y < y0 + fold ? x - fx - (y - y0) : -Infinity);
  const grey = [120, 126, 134];
  fillRounded(c, x0, y0, w, h, 40, grey, (x, y) => beyond(x, y) <= 0);
  fillRounded(c, x0 + rim, y0 + rim, w - 2 * rim, h - 2 * rim, 30, [255, 255, 255], (x, y) => beyond(x, y) <= -1.5 * rim);
  // The flap: the cut-away corner folded down over the page.
  for (let y = y0; y < y0 + fold; y++) for (let x = fx; x < x0 + w; x++) {
    if (beyond(x, y) > 0) continue;
    const edge = beyond(x, y) > -1.5 * rim || x < fx + rim || y >= y0 + fold - rim;
    c.set(x, y, edge ? grey : [222, 226, 230]);
  }
  chain(c, 180, 330, 1.3);
  return c;
}

/** Average n×n blocks: a cheap, good-enough antialiasing filter. */
function downsample(src, size) {
  const n = src.size / size;
  const out = canvas(size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let dy = 0; dy < n; dy++) for (let dx = 0; dx < n; dx++) {
      const i = ((y * n + dy) * src.size + x * n + dx) * 4;
      const alpha = src.px[i + 3];
      r += src.px[i] * alpha; g += src.px[i + 1] * alpha; b += src.px[i + 2] * alpha; a += alpha;
    }
    const j = (y * size + x) * 4;
    if (a > 0) {
      out.px[j] = Math.round(r / a); out.px[j + 1] = Math.round(g / a); out.px[j + 2] = Math.round(b / a);
    }
    out.px[j + 3] = Math.round(a / (n * n));
  }
  return out;
}

function crc32(bytes) {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png({ size, px }) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Windows .ico holding one 256-px PNG (allowed since Vista; 0 in the size bytes means 256). */
function ico(png256) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(0, 6); // width 256
  header.writeUInt8(0, 7); // height 256
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png256.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png256]);
}

/** macOS .icns with PNG entries: ic08 = 256 px, ic09 = 512 px. */
function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const here = (name) => new URL(`./${name}`, import.meta.url);
const app = appIcon();
const doc = documentIcon();
const [app512, app256, doc512, doc256] = [downsample(app, 512), downsample(app, 256), downsample(doc, 512), downsample(doc, 256)].map(png);
mkdirSync(here('icons'), { recursive: true });
writeFileSync(here('icon.png'), app512);
writeFileSync(here('icons/512x512.png'), app512);
writeFileSync(here('icons/256x256.png'), app256);
writeFileSync(here('document.ico'), ico(doc256));
writeFileSync(here('document.icns'), icns([['ic08', doc256], ['ic09', doc512]]));
console.log('wrote build/icon.png, build/icons/{256x256,512x512}.png, build/document.{ico,icns}');
