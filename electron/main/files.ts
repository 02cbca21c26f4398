import { promises as fs } from 'node:fs';
import { LIMITS } from '../../shared/format/limits';
import { basename, dirname, join } from 'node:path';
import { AtomicWriteError, NODE_FS, codeOf, isReadOnly, sameVersion, saveTarget, versionOf, writeFileAtomic, type AtomicFs } from '../node/atomicWrite';
import { fileProblemOf, isFolderProblem } from '../node/fileProblems';
import { readTheoryText } from '../node/readTheoryFile';
import type { BridgeFailure, BridgeOpenResult, BridgeRecent, BridgeSaveOptions, BridgeSaveResult, SaveConflict } from '../../shared/bridge';
import { RecoverySlots, SLOT_PATTERN, newSlotName, type SlotStorage } from '../../shared/recoverySlots';

/** The reader's file-size limit (one number, in shared/format/limits.ts). */
export const MAX_FILE_BYTES = LIMITS.fileBytes;
export const MAX_RECENT = 10;

/**
 * Read a theory as text for the renderer (which parses and validates it), by the one
 * decoding rule (shared/format/decode.ts), with the version a later save compares against.
 */
export async function openTheoryFile(path: string, fs: AtomicFs = NODE_FS): Promise<BridgeOpenResult> {
  const name = basename(path);
  const read = await readTheoryText(path);
  if (!read.ok) {
    const code = read.error === undefined ? null : codeOf(read.error);
    // Reached but not a theory by its bytes (too large, binary, not a file): format problems.
    if (code === null) return { status: 'failed', name, code: 'other', problems: read.problems };
    return { status: 'failed', name, code: fileProblemOf(code), ...(fileProblemOf(code) === 'other' ? { detail: code } : {}) };
  }
  // Stat after reading: a change in between shows up as "changed on disk" at the next save.
  const stat = await fs.stat(path).catch(() => null);
  return { status: 'opened', file: { path, name, text: read.text, version: stat ? versionOf(stat) : { mtimeMs: 0, size: -1, ino: 0 } } };
}

/**
 * Save a theory atomically (electron/node/atomicWrite.ts), following a link to its target.
 * Before writing, and again just before the rename: a file that changed on disk since
 * `expected`, or a read-only file, is a conflict the user must agree to overwrite first.
 * Every failure is a result naming the user's file, never the temporary one.
 */
export async function saveTheoryFile(path: string, text: string, options: BridgeSaveOptions = { expected: null, overwrite: [] }, fs: AtomicFs = NODE_FS): Promise<BridgeSaveResult> {
  const name = basename(path);
  const conflictOf = async (target: string): Promise<SaveConflict | null> => {
    const current = await fs.stat(target).catch(() => null);
    if (!current) return null;
    if (options.expected && !options.overwrite.includes('changed-on-disk') && !sameVersion(current, options.expected)) return 'changed-on-disk';
    if (isReadOnly(current) && !options.overwrite.includes('read-only')) return 'read-only';
    return null;
  };
  try {
    const target = await saveTarget(path, fs);
    const early = await conflictOf(target);
    if (early) return { status: 'conflict', path, name, conflict: early };
    await writeFileAtomic(path, text, {
      fs,
      beforeReplace: async (real) => {
        const late = await conflictOf(real);
        if (late) throw new SaveConflictFound(late);
      },
    });
    const stat = await fs.stat(target);
    return { status: 'saved', path, name, version: versionOf(stat) };
  } catch (error) {
    if (error instanceof SaveConflictFound) return { status: 'conflict', path, name, conflict: error.conflict };
    return saveFailure(name, error);
  }
}

class SaveConflictFound extends Error {
  constructor(readonly conflict: SaveConflict) {
    super(conflict);
  }
}

/** A failed write as a result: the problem code, and the folder when the problem is about it. */
export function saveFailure(name: string, error: unknown): BridgeFailure {
  const step = error instanceof AtomicWriteError ? error.step : 'open';
  const errno = error instanceof AtomicWriteError ? error.code : codeOf(error);
  const code = fileProblemOf(errno, step);
  const folder = error instanceof AtomicWriteError && isFolderProblem(code, step) ? dirname(error.target) : undefined;
  return { status: 'failed', name, code, ...(folder ? { folder } : {}), ...(code === 'other' ? { detail: errno || (error instanceof Error ? error.message : String(error)) } : {}) };
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

/**
 * Crash-recovery copies in the user-data folder, one file per window slot:
 * recovery/<slot>.json. A recovery.json from a version with one window becomes slot "legacy".
 * A copy that cannot be loaded is moved to recovery/kept/<slot>-<time>.json, never deleted.
 */
export function recoveryFolder(userData: string): SlotStorage {
  const dir = join(userData, 'recovery');
  const legacy = join(userData, 'recovery.json');
  const fileOf = (slot: string) => {
    if (!SLOT_PATTERN.test(slot)) throw new Error(`"${slot}" is not a recovery slot`);
    return join(dir, `${slot}.json`);
  };
  const keptDir = join(dir, 'kept');
  let adopted = false;
  const adoptLegacy = async () => {
    if (adopted) return;
    adopted = true;
    await fs.mkdir(dir, { recursive: true });
    await fs.rename(legacy, join(dir, 'legacy.json')).catch(() => undefined);
    // Temporary files of writes cut short by a crash (the copy beside them is whole). The
    // first listing is at start-up, before any window of this (single) instance writes.
    for (const name of await fs.readdir(dir).catch(() => [])) {
      if (name.startsWith('.') && name.endsWith('.tmp')) await fs.rm(join(dir, name), { force: true }).catch(() => undefined);
    }
  };
  return {
    async list() {
      await adoptLegacy();
      return (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
    },
    read: async (slot) => fs.readFile(fileOf(slot), 'utf8').catch(() => null),
    async write(slot, text) {
      await fs.mkdir(dir, { recursive: true });
      await writeFileAtomic(fileOf(slot), text);
    },
    remove: (slot) => fs.rm(fileOf(slot), { force: true }),
    async keep(slot, stamp) {
      await fs.mkdir(keptDir, { recursive: true });
      const aside = join(keptDir, `${slot}-${stamp.replace(/[^A-Za-z0-9_-]/g, '-')}.json`);
      await fs.rename(fileOf(slot), aside);
      return aside;
    },
    async kept() {
      const names = await fs.readdir(keptDir).catch(() => [] as string[]);
      return names.filter((f) => f.endsWith('.json')).sort().map((f) => join(keptDir, f));
    },
  };
}

/**
 * Which window holds which recovery slot. Windows are named by a number (the web
 * contents id); a window that closes lets its slots go, but its copy stays on disk until
 * it is cleared, so work of a window that crashed is offered to the next window.
 */
export class WindowSlots {
  private readonly held = new Map<string, number>();
  private readonly windows = new Map<number, RecoverySlots>();

  constructor(
    private readonly storage: SlotStorage,
    private readonly newSlot: () => string = () => newSlotName(),
  ) {}

  of(owner: number): RecoverySlots {
    let slots = this.windows.get(owner);
    if (!slots) {
      const own = this.newSlot();
      this.held.set(own, owner);
      slots = new RecoverySlots(
        this.storage,
        {
          take: async (slot) => {
            const holder = this.held.get(slot);
            if (holder !== undefined && holder !== owner) return false;
            this.held.set(slot, owner);
            return true;
          },
          let: (slot) => {
            if (this.held.get(slot) === owner) this.held.delete(slot);
          },
        },
        own,
      );
      this.windows.set(owner, slots);
    }
    return slots;
  }

  release(owner: number): void {
    this.windows.delete(owner);
    for (const [slot, holder] of this.held) if (holder === owner) this.held.delete(slot);
  }

  /** Copies on disk that no open window holds: how many windows to open at start. */
  async orphans(): Promise<number> {
    const slots = await this.storage.list().catch(() => []);
    return slots.filter((s) => SLOT_PATTERN.test(s) && !this.held.has(s)).length;
  }
}
