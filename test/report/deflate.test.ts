import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/index';
import { binaryToBytes, bytesToBinary } from '../../shared/report/pdf/binary';
import { withDeflate } from '../../shared/report/pdf/deflate';
import { loadDocument } from '../../shared/format/parse';
import { loadReportFonts } from '../../electron/node/fonts';

const fonts = loadReportFonts();
const seed = loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));
const date = new Date('2026-03-01T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'werkzaam-deflate-'));
const text = (bytes: Uint8Array, name: string) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('the PDF streams through the platform compressor (the CLI: Node zlib)', () => {
  it('compresses every stream with it, and the report reads the same as with jsPDF’s own', () => {
    const sizes: number[] = [];
    const deflate = (bytes: Uint8Array) => {
      sizes.push(bytes.length);
      return deflateSync(bytes);
    };
    const native = buildReport(seed, fonts, { language: 'nl', date, deflate });
    const own = buildReport(seed, fonts, { language: 'nl', date });
    // Each page's content and the embedded fonts: many streams, all through it.
    expect(sizes.length).toBeGreaterThan(10);
    expect(Buffer.from(native).equals(Buffer.from(own))).toBe(false);
    expect(text(native, 'native.pdf')).toBe(text(own, 'own.pdf'));
    // Determined by the theory and the date, as jsPDF's own output is.
    expect(Buffer.from(buildReport(seed, fonts, { language: 'nl', date, deflate: deflateSync })).equals(Buffer.from(native))).toBe(true);
  });

  it('is used only for the output it was given to, also when that output fails', () => {
    let calls = 0;
    const counting = (bytes: Uint8Array) => {
      calls++;
      return deflateSync(bytes);
    };
    expect(() => withDeflate(counting, () => { throw new Error('broken'); })).toThrow('broken');
    buildReport(seed, fonts, { language: 'nl', date });
    expect(calls).toBe(0);
  });

  it('converts bytes to jsPDF’s binary strings and back, every byte value', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const binary = bytesToBinary(bytes);
    expect(binary.length).toBe(bytes.length);
    expect([...binary.slice(0, 256)].every((ch, i) => ch.charCodeAt(0) === (i * 7) % 256)).toBe(true);
    expect(binaryToBytes(binary)).toEqual(bytes);
  });
});
