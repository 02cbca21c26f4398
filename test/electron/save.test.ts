import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTheoryFile, saveTheoryFile } from '../../electron/main/files';
import { describeFileProblem } from '../../shared/i18n/files';
import type { BridgeSaveResult, FileVersion } from '../../shared/bridge';
import { faultyFs } from '../node/faultyFs';

const folder = () => mkdtempSync(join(tmpdir(), 'werkzaam-save-'));

async function opened(path: string): Promise<FileVersion> {
  const result = await openTheoryFile(path);
  if (result.status !== 'opened') throw new Error(`could not open ${path}`);
  return result.file.version;
}

/** Another program writes the file (a second later, as far as the clock on disk says). */
function changeOutside(path: string, text: string) {
  writeFileSync(path, text);
  const later = new Date(Date.now() + 5_000);
  utimesSync(path, later, later);
}

describe('a file changed on disk since it was opened', () => {
  it('is not overwritten without asking; with the user’s word it is', async () => {
    const dir = folder();
    const file = join(dir, 'kdg.werkzaam');
    writeFileSync(file, '{"mine":0}');
    const version = await opened(file);
    changeOutside(file, '{"theirs":1}');
    const refused = await saveTheoryFile(file, '{"mine":1}', { expected: version, overwrite: [] });
    expect(refused).toEqual({ status: 'conflict', path: file, name: 'kdg.werkzaam', conflict: 'changed-on-disk' });
    expect(readFileSync(file, 'utf8')).toBe('{"theirs":1}');
    const saved = await saveTheoryFile(file, '{"mine":1}', { expected: version, overwrite: ['changed-on-disk'] });
    expect(saved.status).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('{"mine":1}');
    // The version handed back is the new one: the next save goes through without a question.
    const again = await saveTheoryFile(file, '{"mine":2}', { expected: (saved as Extract<BridgeSaveResult, { status: 'saved' }>).version, overwrite: [] });
    expect(again.status).toBe('saved');
  });

  it('also when another program (or window) writes it in the middle of the save: the other content survives', async () => {
    const dir = folder();
    const file = join(dir, 'kdg.werkzaam');
    writeFileSync(file, '{"mine":0}');
    const version = await opened(file);
    // The other program saves while ours is writing its temporary file.
    const fs = faultyFs(null, (step) => {
      if (step === 'close') changeOutside(file, '{"theirs":"mid-save"}');
    });
    const result = await saveTheoryFile(file, '{"mine":1}', { expected: version, overwrite: [] }, fs);
    expect(result).toMatchObject({ status: 'conflict', conflict: 'changed-on-disk' });
    expect(readFileSync(file, 'utf8')).toBe('{"theirs":"mid-save"}');
    expect(readdirSync(dir)).toEqual(['kdg.werkzaam']);
  });

  it('another editor that replaced the file (new inode, same size and time) counts as a change', async () => {
    const dir = folder();
    const file = join(dir, 'kdg.werkzaam');
    writeFileSync(file, '{"a":1}');
    const version = await opened(file);
    // The way editors save: a new file beside it, renamed over it.
    const beside = join(dir, '.kdg.werkzaam.swp');
    writeFileSync(beside, '{"b":2}');
    utimesSync(beside, new Date(version.mtimeMs), new Date(version.mtimeMs));
    renameSync(beside, file);
    expect(statSync(file).ino).not.toBe(version.ino);
    expect(await saveTheoryFile(file, '{"c":3}', { expected: version, overwrite: [] })).toMatchObject({ status: 'conflict', conflict: 'changed-on-disk' });
  });

  it('a file deleted since it was opened is simply made again', async () => {
    const dir = folder();
    const file = join(dir, 'kdg.werkzaam');
    writeFileSync(file, '{}');
    const version = await opened(file);
    rmSync(file);
    expect((await saveTheoryFile(file, '{"back":1}', { expected: version, overwrite: [] })).status).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('{"back":1}');
  });
});

describe('a read-only file (D14)', () => {
  it('is not overwritten silently: the save asks first, and after a yes the file is still read-only', async () => {
    const dir = folder();
    const file = join(dir, 'final.werkzaam');
    writeFileSync(file, '{"signed":"off"}');
    chmodSync(file, 0o444);
    const version = await opened(file);
    expect(await saveTheoryFile(file, '{"edited":1}', { expected: version, overwrite: [] })).toEqual({ status: 'conflict', path: file, name: 'final.werkzaam', conflict: 'read-only' });
    expect(readFileSync(file, 'utf8')).toBe('{"signed":"off"}');
    expect((await saveTheoryFile(file, '{"edited":1}', { expected: version, overwrite: ['read-only'] })).status).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('{"edited":1}');
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('through a link, the link stays and the real file is the one asked about and written', async () => {
    const dir = folder();
    const real = join(dir, 'real.werkzaam');
    const link = join(dir, 'link.werkzaam');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const version = await opened(link);
    const saved = await saveTheoryFile(link, 'new', { expected: version, overwrite: [] });
    expect(saved).toMatchObject({ status: 'saved', path: link, name: 'link.werkzaam' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    chmodSync(real, 0o444);
    expect(await saveTheoryFile(link, 'newer', { expected: (saved as { version: FileVersion }).version, overwrite: [] })).toMatchObject({ status: 'conflict', conflict: 'read-only' });
  });
});

describe('a save that fails names the file and the reason in words (D15)', () => {
  it('a missing folder is a missing folder, not "the file does not exist"', async () => {
    const dir = folder();
    const file = join(dir, 'gone', 'kdg.werkzaam');
    const result = await saveTheoryFile(file, '{}');
    expect(result).toEqual({ status: 'failed', name: 'kdg.werkzaam', code: 'missing-folder', folder: join(dir, 'gone') });
    expect(describeFileProblem('en', 'missing-folder', { folder: join(dir, 'gone') })).toBe(`the folder ${join(dir, 'gone')} does not exist (any more)`);
    expect(describeFileProblem('nl', 'missing-folder', { folder: join(dir, 'gone') })).toBe(`de map ${join(dir, 'gone')} bestaat niet (meer)`);
  });

  it.each([
    ['open', 'EROFS', 'read-only-volume'],
    ['open', 'EACCES', 'permission'],
    ['write', 'ENOSPC', 'disk-full'],
    ['sync', 'EIO', 'other'],
    ['rename', 'EBUSY', 'busy'],
    ['rename', 'EPERM', 'permission'],
  ] as const)('%s failing with %s → %s, the old file intact, no temp file named or left', async (step, code, problem) => {
    const dir = folder();
    const file = join(dir, 'kdg.werkzaam');
    writeFileSync(file, 'old');
    const result = await saveTheoryFile(file, 'new', { expected: null, overwrite: [] }, faultyFs({ step, code }));
    expect(result).toMatchObject({ status: 'failed', name: 'kdg.werkzaam', code: problem });
    expect(JSON.stringify(result)).not.toMatch(/\.tmp/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['kdg.werkzaam']);
  });

  it('a link that points to itself is named as such (not ELOOP and a temp file name)', async () => {
    const dir = folder();
    symlinkSync('loop.werkzaam', join(dir, 'loop.werkzaam'));
    expect(await saveTheoryFile(join(dir, 'loop.werkzaam'), '{}')).toEqual({ status: 'failed', name: 'loop.werkzaam', code: 'link-loop' });
    expect(describeFileProblem('en', 'link-loop')).toBe('the file is a symbolic link that points to itself');
  });
});
