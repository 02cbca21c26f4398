import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicWriteError, saveTarget, writeFileAtomic } from '../../electron/node/atomicWrite';
import { faultyFs, type FaultStep } from './faultyFs';

const folder = () => mkdtempSync(join(tmpdir(), 'werkzaam-atomic-'));
const STEPS: FaultStep[] = ['open', 'write', 'sync', 'close', 'rename'];
const CODES = ['EIO', 'ENOSPC', 'EROFS', 'EACCES'];

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the permissions and leaves no temporary file', async () => {
    const dir = folder();
    const file = join(dir, 'theory.werkzaam');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    expect(await writeFileAtomic(file, 'new ë')).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('new ë');
    expect(readdirSync(dir)).toEqual(['theory.werkzaam']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes the temporary file beside the target, then renames it over the target', async () => {
    const dir = folder();
    const file = join(dir, 'theory.werkzaam');
    writeFileSync(file, 'old');
    const fs = faultyFs(null);
    await writeFileAtomic(file, 'new', { fs });
    const steps = fs.calls.map((c) => c.split(' ')[0]);
    expect(steps).toEqual(['open', 'write', 'sync', 'close', 'chmod', 'rename']);
    // Same folder (so the rename is atomic), a name of its own, synced before the rename.
    const temp = fs.calls[0]!.slice('open '.length);
    expect(temp.startsWith(join(dir, '.theory.werkzaam.'))).toBe(true);
    expect(temp.endsWith('.tmp')).toBe(true);
  });

  describe.each(STEPS)('a failure at %s', (step) => {
    it.each(CODES)('(%s) keeps the old file byte for byte, removes the temporary file, and names the real file', async (code) => {
      const dir = folder();
      const file = join(dir, 'theory.werkzaam');
      const old = Buffer.from('{"old":"één"}');
      writeFileSync(file, old);
      const error = await writeFileAtomic(file, '{"new":true}'.repeat(1000), { fs: faultyFs({ step, code, partial: true }) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AtomicWriteError);
      expect(error).toMatchObject({ step, code, target: file });
      // The message is about the user's file; the temporary file is nowhere in it.
      expect((error as Error).message).not.toMatch(/\.tmp/);
      expect(readFileSync(file)).toEqual(old);
      expect(readdirSync(dir)).toEqual(['theory.werkzaam']);
    });
  });

  it('a failure for a file that does not exist yet leaves nothing behind', async () => {
    const dir = folder();
    for (const step of STEPS) {
      await expect(writeFileAtomic(join(dir, 'new.werkzaam'), 'x', { fs: faultyFs({ step, code: 'EIO' }) })).rejects.toBeInstanceOf(AtomicWriteError);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder that cannot be synced does not fail a save that is already in place', async () => {
    const dir = folder();
    const file = join(dir, 'theory.werkzaam');
    const fs = faultyFs(null);
    const open = fs.open;
    fs.open = async (path, flags, mode) => {
      if (flags === 'r') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      return open(path, flags, mode);
    };
    await writeFileAtomic(file, 'new', { fs });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('saving through a symbolic link (D14)', () => {
  it('writes the file the link points to and leaves the link a link', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'theory.werkzaam');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    const link = join(dir, 'link.werkzaam');
    symlinkSync('real/theory.werkzaam', link);
    expect(await writeFileAtomic(link, 'new')).toBe(target);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real/theory.werkzaam');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    // The temporary file went beside the real file (same file system), and is gone.
    expect(readdirSync(join(dir, 'real'))).toEqual(['theory.werkzaam']);
    expect(readdirSync(dir).sort()).toEqual(['link.werkzaam', 'real']);
  });

  it('follows a chain of links, a linked folder, and a link to a file not made yet', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.werkzaam'), 'old');
    symlinkSync(join(dir, 'a.werkzaam'), join(dir, 'b.werkzaam'));
    symlinkSync('b.werkzaam', join(dir, 'c.werkzaam'));
    await writeFileAtomic(join(dir, 'c.werkzaam'), 'via two links');
    expect(readFileSync(join(dir, 'a.werkzaam'), 'utf8')).toBe('via two links');
    expect(lstatSync(join(dir, 'c.werkzaam')).isSymbolicLink() && lstatSync(join(dir, 'b.werkzaam')).isSymbolicLink()).toBe(true);

    mkdirSync(join(dir, 'docs'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs-link'));
    await writeFileAtomic(join(dir, 'docs-link', 'x.werkzaam'), 'in a linked folder');
    expect(readFileSync(join(dir, 'docs', 'x.werkzaam'), 'utf8')).toBe('in a linked folder');

    symlinkSync('later.werkzaam', join(dir, 'dangling.werkzaam'));
    await writeFileAtomic(join(dir, 'dangling.werkzaam'), 'made through the link');
    expect(readFileSync(join(dir, 'later.werkzaam'), 'utf8')).toBe('made through the link');
    expect(lstatSync(join(dir, 'dangling.werkzaam')).isSymbolicLink()).toBe(true);
  });

  it('a loop of links is an error naming the file, not a hang or a temp file', async () => {
    const dir = folder();
    symlinkSync('self.werkzaam', join(dir, 'self.werkzaam'));
    symlinkSync('pong.werkzaam', join(dir, 'ping.werkzaam'));
    symlinkSync('ping.werkzaam', join(dir, 'pong.werkzaam'));
    for (const name of ['self.werkzaam', 'ping.werkzaam']) {
      await expect(saveTarget(join(dir, name))).rejects.toMatchObject({ code: 'ELOOP', target: join(dir, name) });
      await expect(writeFileAtomic(join(dir, name), 'x')).rejects.toMatchObject({ code: 'ELOOP', step: 'resolve' });
    }
    expect(readdirSync(dir).sort()).toEqual(['ping.werkzaam', 'pong.werkzaam', 'self.werkzaam']);
  });
});
