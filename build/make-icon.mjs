#!/usr/bin/env node
// Draws the app icon (five stage columns joined by an arrow) as a PNG with no image library.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 512;
const px = Buffer.alloc(size * size * 4);
const colours = [[52, 101, 164], [26, 127, 90], [166, 110, 0], [158, 44, 94], [84, 64, 160]];
function set(x, y, [r, g, b], a = 255) {
  const i = (y * size + x) * 4;
  px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a;
}
function roundedInside(x, y, x0, y0, w, h, r) {
  const cx = Math.min(Math.max(x, x0 + r), x0 + w - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
  if (roundedInside(x, y, 16, 16, 480, 480, 96)) set(x, y, [255, 255, 255]);
}
colours.forEach((c, i) => {
  const x0 = 56 + i * 84;
  const h = 120 + i * 50;
  for (let y = 400 - h; y < 400; y++) for (let x = x0; x < x0 + 64; x++) if (roundedInside(x, y, x0, 400 - h, 64, h, 14)) set(x, y, c);
});
for (let x = 70; x < 440; x++) for (let t = -7; t <= 7; t++) set(x, 440 + t, [33, 37, 41]);
for (let d = 0; d < 34; d++) for (let t = -d; t <= d; t++) set(470 - d, 440 + t, [33, 37, 41]);

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  let c = ~0;
  for (const byte of out.subarray(4, 8 + data.length)) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  out.writeUInt32BE(~c >>> 0, 8 + data.length);
  return out;
}
const raw = Buffer.alloc((size * 4 + 1) * size);
for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; header[9] = 6;
writeFileSync(new URL('./icon.png', import.meta.url), Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
]));
