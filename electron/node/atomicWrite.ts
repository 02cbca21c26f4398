import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileVersion } from '../../shared/bridge';

/**
 * The file-system calls a save makes, so tests can fail each one (fault injection). The
 * real implementation is node:fs/promises.
 */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  stat(path: string): Promise<StatLike>;
  lstat(path: string): Promise<StatLike>;
  realpath(path: string): Promise<string>;
  readlink(path: string): Promise<string>;
  chmod(path: string, mode: number): Promise<void>;
}

export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StatLike {
  mode: number;
  size: number;
  mtimeMs: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export const NODE_FS: AtomicFs = nodeFs as unknown as AtomicFs;

/** The step of a save that failed, and the file it was for (never the temporary file). */
export type WriteStep = 'resolve' | 'open' | 'write' | 'sync' | 'close' | 'rename';

export class AtomicWriteError extends Error {
  constructor(
    readonly step: WriteStep,
    /** The file being saved (after following links): what the user should be told about. */
    readonly target: string,
    /** The system error code (EROFS, ENOSPC, …), or '' when there is none. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`${target}: could not ${step === 'resolve' ? 'find' : step} (${code || 'unknown error'})`, options);
    this.name = 'AtomicWriteError';
  }
}

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /**
   * Run just before the new content replaces the old (the last moment to notice that the
   * target changed on disk meanwhile). If it throws, the temporary file is removed, nothing
   * is replaced, and its error comes out of writeFileAtomic unchanged.
   */
  beforeReplace?: (target: string) => Promise<void>;
}

/** Links followed at most: more means a loop (the same limit as Linux's ELOOP). */
const MAX_LINKS = 40;

/**
 * The file a save should replace: `path` itself, or, when it is a symbolic link, the file it
 * points to (also when that does not exist yet), so the link stays a link and the real file
 * gets the new content.
 */
export async function saveTarget(path: string, fs: AtomicFs = NODE_FS): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let stat: StatLike;
    try {
      stat = await fs.lstat(current);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return current;
      throw new AtomicWriteError('resolve', path, codeOf(error), { cause: error });
    }
    if (!stat.isSymbolicLink()) {
      // Folders on the way may be links too: the real path keeps the temporary file beside the real file.
      try {
        return await fs.realpath(current);
      } catch {
        return current;
      }
    }
    const link = await fs.readlink(current).catch((error: unknown) => {
      throw new AtomicWriteError('resolve', path, codeOf(error), { cause: error });
    });
    current = resolve(dirname(current), link);
  }
  throw new AtomicWriteError('resolve', path, 'ELOOP');
}

/**
 * Write a file so that readers see either the old or the new content, never a mix: write a
 * temporary file in the same folder as the real target, flush it to disk, then rename it
 * over the target (atomic on one file system). If any step fails, the temporary file is
 * removed and the previous file is untouched. Returns the file written (links followed).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<string> {
  const fs = options.fs ?? NODE_FS;
  const target = await saveTarget(path, fs);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: AtomicFileHandle | undefined;
  let step: WriteStep = 'open';
  let refused: unknown;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    step = 'write';
    await handle.writeFile(data);
    step = 'sync';
    await handle.sync();
    step = 'close';
    await handle.close();
    handle = undefined;
    const previous = await fs.stat(target).catch(() => null);
    if (previous) await fs.chmod(temp, previous.mode & 0o7777).catch(() => undefined);
    if (options.beforeReplace) {
      try {
        await options.beforeReplace(target);
      } catch (error) {
        refused = error;
        throw error;
      }
    }
    step = 'rename';
    await renameOver(fs, temp, target, previous);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof AtomicWriteError || error === refused) throw error;
    throw new AtomicWriteError(step, target, codeOf(error), { cause: error });
  }
  await syncFolder(fs, dirname(target));
  return target;
}

/**
 * Windows refuses to rename over a read-only file (the user has agreed to replace it by
 * now, or the save would not get here): lift the attribute from the old file and try again.
 */
async function renameOver(fs: AtomicFs, temp: string, target: string, previous: StatLike | null): Promise<void> {
  try {
    await fs.rename(temp, target);
  } catch (error) {
    const code = codeOf(error);
    if (!previous || (previous.mode & 0o222) !== 0 || (code !== 'EPERM' && code !== 'EACCES')) throw error;
    await fs.chmod(target, previous.mode | 0o200);
    await fs.rename(temp, target);
  }
}

/**
 * Flush the folder entry so the rename itself survives a power cut. Best effort: the new
 * content is already in place, and Windows cannot open a folder for syncing.
 */
async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported here; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** What a save compares to notice a change on disk (see FileVersion). */
export function versionOf(stat: StatLike): FileVersion {
  return { mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino || 0 };
}

export function sameVersion(a: FileVersion, b: FileVersion): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size && (a.ino === 0 || b.ino === 0 || a.ino === b.ino);
}

/** No write permission for anyone: the owner made it read-only (chmod a-w, or Windows' read-only attribute). */
export function isReadOnly(stat: StatLike): boolean {
  return (stat.mode & 0o222) === 0;
}

export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
