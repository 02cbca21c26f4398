// @vitest-environment happy-dom
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openTheoryFile } from '../../electron/main/files';
import { readTheoryFile } from '../../electron/node/readTheoryFile';
import { readTheoryBlob } from '../../renderer/platform/webPlatform';
import { UnreadableFileError } from '../../renderer/platform/platform';
import { decodeTheoryBytes } from '../../shared/format/decode';
import { parseDocument } from '../../shared/format/parse';

/**
 * One decoding rule for the CLI, the desktop app and the browser (D11): the same bytes
 * open in all three or in none.
 */
const seed = readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8');
const expected = parseDocument(seed);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

const ENCODINGS: [string, Uint8Array][] = [
  ['UTF-8', Buffer.from(seed, 'utf8')],
  ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')])],
  ['UTF-16 LE with a byte order mark (Notepad "Unicode")', utf16(seed, 'le')],
  ['UTF-16 BE with a byte order mark', utf16(seed, 'be')],
];

const BINARY: [string, Uint8Array][] = [
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ['UTF-16 with a lone surrogate', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00])],
  ['UTF-16 cut in the middle of a character', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d])],
  ['a PNG', readFileSync(join(__dirname, '../../build/icon.png'))],
];

async function inAllThree(bytes: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'werkzaam-decoding-'));
  const file = join(dir, 'theory.werkzaam');
  writeFileSync(file, bytes);
  const cli = await readTheoryFile(file);
  const desktop = await openTheoryFile(file);
  const browser = await readTheoryBlob(new Blob([new Uint8Array(bytes)]), 'theory.werkzaam').then(
    (text) => parseDocument(text),
    (error: unknown) => ({ ok: false as const, problems: (error as UnreadableFileError).problems }),
  );
  return { cli, desktop: desktop.status === 'opened' ? parseDocument(desktop.file.text) : { ok: false as const, problems: desktop.problems ?? [] }, browser };
}

describe('the same decoding rule everywhere (D11)', () => {
  it.each(ENCODINGS)('%s opens as the same theory in the CLI, the desktop app and the browser', async (_name, bytes) => {
    expect(expected.ok).toBe(true);
    const { cli, desktop, browser } = await inAllThree(bytes);
    for (const result of [cli, desktop, browser]) {
      expect(result.ok).toBe(true);
      if (result.ok && expected.ok) expect(result.document).toEqual(expected.document);
    }
  });

  it.each(BINARY)('%s is refused as binary by all three, with the same message', async (_name, bytes) => {
    const { cli, desktop, browser } = await inAllThree(bytes);
    const messages = [cli, desktop, browser].map((r) => (r.ok ? 'opened' : r.problems.map((p) => p.message).join('; ')));
    expect(messages[0]).toMatch(/^this is not a Werkzaam file: it contains binary data/);
    expect(new Set(messages).size).toBe(1);
  });

  it('decodes strictly: no U+FFFD put in where bytes were bad', () => {
    for (const [, bytes] of BINARY) expect(decodeTheoryBytes(bytes).ok).toBe(false);
  });
});

describe('the browser checks the size before it reads (D10)', () => {
  it('a 700 MB file is refused as too large without being read (not "the file is empty")', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const text = vi.fn(async () => '');
    const huge = { size: 700 * 1024 * 1024, arrayBuffer, text } as unknown as Blob;
    const error = await readTheoryBlob(huge, 'huge.werkzaam').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).problems.map((p) => p.message)).toEqual(['the file is too large (700.0 MB; the limit is 20.0 MB)']);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
  });
});
