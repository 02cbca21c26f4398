import { promises as fsp, existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addRecent, MAX_FILE_BYTES, openTheoryFile, pruneRecent, recoveryStore, saveTheoryFile } from '../../electron/main/files';
import { filesFromArgv } from '../../electron/main/argv';
import { visibleBounds } from '../../electron/main/settings';

afterEach(() => vi.restoreAllMocks());
const dir = () => mkdtempSync(join(tmpdir(), 'werkzaam-main-'));

describe('main-process files', () => {
  it('saves atomically; a failed save keeps the previous file', async () => {
    const d = dir();
    const file = join(d, 'theory.werkzaam');
    await saveTheoryFile(file, 'first');
    vi.spyOn(fsp, 'rename').mockRejectedValueOnce(new Error('EIO'));
    await expect(saveTheoryFile(file, 'second')).rejects.toThrow('EIO');
    expect(readFileSync(file, 'utf8')).toBe('first');
    // No half-written temporary file is left beside it either.
    expect(readdirSync(d)).toEqual(['theory.werkzaam']);
  });

  it('refuses a file over the size limit before reading it, naming the file', async () => {
    const d = dir();
    const big = join(d, 'huge.werkzaam');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    const read = vi.spyOn(fsp, 'readFile');
    await expect(openTheoryFile(big)).rejects.toThrow(/^huge\.werkzaam: the file is too large \(20\.0 MB; the limit is 20 MB\)$/);
    expect(read).not.toHaveBeenCalled();
    truncateSync(big, MAX_FILE_BYTES);
    await expect(openTheoryFile(big)).resolves.toMatchObject({ name: 'huge.werkzaam' });
  });

  it('opens text, refuses binary and missing files with the file name', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.werkzaam'), '{"x":1}');
    writeFileSync(join(d, 'b.werkzaam'), Buffer.from([0xff, 0xfe, 0x00, 0x81]));
    expect(await openTheoryFile(join(d, 'a.werkzaam'))).toMatchObject({ name: 'a.werkzaam', text: '{"x":1}' });
    await expect(openTheoryFile(join(d, 'b.werkzaam'))).rejects.toThrow('b.werkzaam: this is not a Werkzaam file (binary data)');
    await expect(openTheoryFile(join(d, 'c.werkzaam'))).rejects.toThrow('c.werkzaam: the file does not exist');
    await expect(openTheoryFile(d)).rejects.toThrow(/: this is not a file$/);
  });

  it('keeps a recent list: newest first, no duplicates, at most ten', () => {
    let list = addRecent([], '/a.werkzaam');
    for (let i = 0; i < 12; i++) list = addRecent(list, `/f${i}.werkzaam`);
    list = addRecent(list, '/f5.werkzaam');
    expect(list).toHaveLength(10);
    expect(list[0]!.path).toBe('/f5.werkzaam');
    expect(list.filter((r) => r.path === '/f5.werkzaam')).toHaveLength(1);
    expect(list.some((r) => r.path === '/a.werkzaam')).toBe(false);
  });

  it('drops recent files that no longer exist, keeping the order of the rest', () => {
    const d = dir();
    const kept = [join(d, 'a.werkzaam'), join(d, 'c.werkzaam')];
    for (const path of kept) writeFileSync(path, '{}');
    let list = addRecent([], kept[1]!);
    list = addRecent(list, join(d, 'gone.werkzaam'));
    list = addRecent(list, kept[0]!);
    expect(pruneRecent(list, existsSync).map((r) => r.path)).toEqual(kept);
  });

  it('keeps a recovery copy until cleared', async () => {
    const store = recoveryStore(dir());
    expect(await store.read()).toBeNull();
    await store.write('{"name":"x"}');
    expect(await store.read()).toBe('{"name":"x"}');
    await store.clear();
    expect(await store.read()).toBeNull();
  });

  it('finds theory files on a command line', () => {
    expect(filesFromArgv(['/usr/bin/werkzaam', '--no-sandbox', '/home/a/kdg.werkzaam', 'C:\\docs\\b.json', '/app/package.json', 'x.txt'])).toEqual([
      '/home/a/kdg.werkzaam',
      'C:\\docs\\b.json',
    ]);
  });

  it('restores window bounds only when they are on a display', () => {
    const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    expect(visibleBounds({ x: 100, y: 100, width: 1200, height: 800 }, screen)).toEqual({ x: 100, y: 100, width: 1200, height: 800 });
    expect(visibleBounds({ x: 3000, y: 100, width: 1200, height: 800 }, screen)).toBeNull();
    expect(visibleBounds({ x: 1800, y: 100, width: 1200, height: 800 }, screen)).toBeNull();
    expect(visibleBounds(null, screen)).toBeNull();
  });
});
