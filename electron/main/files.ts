import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../node/atomicWrite';
import { describeFsError } from '../node/readTheoryFile';
import type { BridgeFile, BridgeRecent } from '../../shared/bridge';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_RECENT = 10;

/** Read a theory as text for the renderer (which parses and validates it). */
export async function openTheoryFile(path: string): Promise<BridgeFile> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    // A folder, pipe or device (a FIFO would block the read forever) is not a theory.
    if (!stat.isFile()) throw new Error(`${basename(path)}: this is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && !('code' in error)) throw error;
    throw new Error(`${basename(path)}: ${describeFsError(error)}`);
  }
  if (size > MAX_FILE_BYTES) throw new Error(`${basename(path)}: the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB)`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(path));
    return { path, name: basename(path), text };
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`${basename(path)}: this is not a Werkzaam file (binary data)`);
    throw new Error(`${basename(path)}: ${describeFsError(error)}`);
  }
}

/** Atomic: a failed save leaves the previous file as it was. */
export async function saveTheoryFile(path: string, text: string): Promise<{ path: string; name: string }> {
  await writeFileAtomic(path, text);
  return { path, name: basename(path) };
}

/** Most recent first, no duplicates, at most MAX_RECENT. */
export function addRecent(list: readonly BridgeRecent[], path: string, now = new Date()): BridgeRecent[] {
  return [{ path, name: basename(path), openedAt: now.toISOString() }, ...list.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
}

/**
 * The recent list without files that are gone (deleted, renamed, on an unplugged drive), so
 * the menu never offers a file that cannot open. `exists` is injected to keep this pure.
 */
export function pruneRecent(list: readonly BridgeRecent[], exists: (path: string) => boolean): BridgeRecent[] {
  return list.filter((r) => exists(r.path));
}

/** The crash-recovery copy lives in the user-data folder. */
export function recoveryStore(dir: string) {
  const file = join(dir, 'recovery.json');
  return {
    write: (text: string) => writeFileAtomic(file, text),
    read: async () => fs.readFile(file, 'utf8').catch(() => null),
    clear: () => fs.rm(file, { force: true }),
  };
}
