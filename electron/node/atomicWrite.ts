import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Write a file so that readers see either the old or the new content, never a mix:
 * write a temporary file beside the target, flush it to disk, then rename it over the
 * target (atomic on one file system). If anything fails, the temporary file is removed
 * and the previous file is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await preserveMode(path, temp);
    await fs.rename(temp, path);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Flush the folder entry so the rename itself survives a power cut. Best effort: the
 * new content is already in place, and Windows cannot open a folder for syncing.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported here; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Keep an existing file's permissions when replacing it. */
async function preserveMode(target: string, temp: string): Promise<void> {
  try {
    const stat = await fs.stat(target);
    await fs.chmod(temp, stat.mode & 0o7777);
  } catch {
    // No previous file: the default mode stands.
  }
}
