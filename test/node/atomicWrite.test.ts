import { promises as fsp, mkdtempSync, readFileSync, readdirSync, writeFileSync, statSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/node/atomicWrite';

afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-atomic-'));
    const file = join(dir, 'theory.werkzaam');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'new ë');
    expect(readFileSync(file, 'utf8')).toBe('new ë');
    expect(readdirSync(dir)).toEqual(['theory.werkzaam']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a failure before the rename keeps the previous file and cleans up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-atomic-'));
    const file = join(dir, 'theory.werkzaam');
    writeFileSync(file, 'previous');
    vi.spyOn(fsp, 'rename').mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(file, 'half-written')).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['theory.werkzaam']);
  });

  it('a failing write keeps the previous file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-atomic-'));
    const file = join(dir, 'theory.werkzaam');
    writeFileSync(file, 'previous');
    const open = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      handle.writeFile = () => Promise.reject(new Error('I/O error'));
      return handle;
    });
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow('I/O error');
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['theory.werkzaam']);
  });
});
