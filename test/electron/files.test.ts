import { promises as fsp, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addRecent, MAX_FILE_BYTES, openTheoryFile, pruneRecent, recoveryFolder, saveTheoryFile, WindowSlots } from '../../electron/main/files';
import { faultyFs } from '../node/faultyFs';
import { filesFromArgv } from '../../electron/main/argv';
import { visibleBounds } from '../../electron/main/settings';

afterEach(() => vi.restoreAllMocks());
const dir = () => mkdtempSync(join(tmpdir(), 'werkzaam-main-'));

describe('main-process files', () => {
  it('saves atomically; a failed save keeps the previous file and says which file, not the temp file', async () => {
    const d = dir();
    const file = join(d, 'theory.werkzaam');
    expect(await saveTheoryFile(file, 'first')).toMatchObject({ status: 'saved', path: file, name: 'theory.werkzaam' });
    const failed = await saveTheoryFile(file, 'second', { expected: null, overwrite: [] }, faultyFs({ step: 'rename', code: 'EIO' }));
    expect(failed).toEqual({ status: 'failed', name: 'theory.werkzaam', code: 'other', detail: 'EIO' });
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
    const refused = await openTheoryFile(big);
    expect(refused).toMatchObject({ status: 'failed', name: 'huge.werkzaam' });
    expect(refused.status === 'failed' && refused.problems?.map((p) => p.message)).toEqual(['the file is too large (20,971,521 bytes; the limit is 20,971,520 bytes)']);
    expect(read).not.toHaveBeenCalled();
    truncateSync(big, MAX_FILE_BYTES);
    expect(await openTheoryFile(big)).toMatchObject({ status: 'opened', file: { name: 'huge.werkzaam' } });
  });

  it('opens text with its version, refuses binary and missing files with the file name', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.werkzaam'), '{"x":1}');
    writeFileSync(join(d, 'b.werkzaam'), Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0x00, 0x81]));
    const a = await openTheoryFile(join(d, 'a.werkzaam'));
    expect(a).toMatchObject({ status: 'opened', file: { name: 'a.werkzaam', text: '{"x":1}', version: { size: 7 } } });
    const b = await openTheoryFile(join(d, 'b.werkzaam'));
    expect(b).toMatchObject({ status: 'failed', name: 'b.werkzaam' });
    expect(b.status === 'failed' && b.problems?.[0]?.message).toBe('this is not a Werkzaam file: it contains binary data, not UTF-8 text');
    expect(await openTheoryFile(join(d, 'c.werkzaam'))).toEqual({ status: 'failed', name: 'c.werkzaam', code: 'missing' });
    const folder = await openTheoryFile(d);
    expect(folder.status === 'failed' && folder.problems?.[0]?.message).toBe('this is not a file');
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

  it('keeps a recovery copy per window until cleared, in files of its own; a window that closes leaves its copy for the next', async () => {
    const userData = dir();
    let n = 0;
    const slots = new WindowSlots(recoveryFolder(userData), () => `slot-${++n}`);
    expect(await slots.of(1).claim()).toBeNull();
    await slots.of(1).write('{"name":"one"}');
    await slots.of(2).write('{"name":"two"}');
    expect(readdirSync(join(userData, 'recovery')).sort()).toEqual(['slot-1.json', 'slot-2.json']);
    expect(await slots.orphans()).toBe(0);
    slots.release(1);
    expect(await slots.orphans()).toBe(1);
    // A new window is offered the copy no live window holds, and from then on owns it.
    expect(await slots.of(3).claim()).toBe('{"name":"one"}');
    expect(await slots.of(4).claim()).toBeNull();
    await slots.of(3).clear();
    expect(readdirSync(join(userData, 'recovery'))).toEqual(['slot-2.json']);
  });

  it('a recovery.json from the one-window version is offered once, as a copy left behind', async () => {
    const userData = dir();
    writeFileSync(join(userData, 'recovery.json'), '{"name":"old"}');
    const slots = new WindowSlots(recoveryFolder(userData));
    expect(await slots.orphans()).toBe(1);
    expect(await slots.of(1).claim()).toBe('{"name":"old"}');
    await slots.of(1).clear();
    expect(existsSync(join(userData, 'recovery.json'))).toBe(false);
    expect(await slots.orphans()).toBe(0);
  });

  it('a copy set aside moves to recovery/kept/ under its own name, is listed, and is never offered to a window again', async () => {
    const userData = dir();
    let n = 0;
    const slots = new WindowSlots(recoveryFolder(userData), () => `slot-${++n}`);
    await slots.of(1).write('{"cut off');
    const where = await slots.of(1).keepAside(new Date('2026-12-01T10:00:00.000Z'));
    expect(where).toBe(join(userData, 'recovery', 'kept', 'slot-1-2026-12-01T10-00-00-000Z.json'));
    expect(readFileSync(where, 'utf8')).toBe('{"cut off');
    expect(await slots.of(2).keptAside()).toEqual([where]);
    slots.release(1);
    expect(await slots.orphans()).toBe(0);
    expect(await slots.of(3).claim()).toBeNull();
  });

  it('at start-up, temporary files of recovery writes cut short by a crash are removed; the copies stay', async () => {
    const userData = dir();
    const folder = join(userData, 'recovery');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.json'), '{"whole":true}');
    writeFileSync(join(folder, '.a.json.0123456789ab.tmp'), '{"who');
    const slots = new WindowSlots(recoveryFolder(userData));
    expect(await slots.orphans()).toBe(1);
    expect(readdirSync(folder)).toEqual(['a.json']);
  });

  it('refuses slot names that are not plain file names', async () => {
    await expect(recoveryFolder(dir()).write('../../evil', 'x')).rejects.toThrow(/not a recovery slot/);
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
