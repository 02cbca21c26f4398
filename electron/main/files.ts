import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../node/atomicWrite';
import { describeFsError } from '../node/readTheoryFile';
import { formatSizeAndLimit } from '../../shared/format/limits';
import type { BridgeFile, BridgeRecent } from '../../shared/bridge';
import { RecoverySlots, SLOT_PATTERN, newSlotName, type SlotStorage } from '../../shared/recoverySlots';

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
  if (size > MAX_FILE_BYTES) {
    const shown = formatSizeAndLimit(size, MAX_FILE_BYTES);
    throw new Error(`${basename(path)}: the file is too large (${shown.size}; the limit is ${shown.limit})`);
  }
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

/**
 * Crash-recovery copies in the user-data folder, one file per window slot:
 * recovery/<slot>.json. A recovery.json from a version with one window becomes slot "legacy".
 */
export function recoveryFolder(userData: string): SlotStorage {
  const dir = join(userData, 'recovery');
  const legacy = join(userData, 'recovery.json');
  const fileOf = (slot: string) => {
    if (!SLOT_PATTERN.test(slot)) throw new Error(`"${slot}" is not a recovery slot`);
    return join(dir, `${slot}.json`);
  };
  let adopted = false;
  const adoptLegacy = async () => {
    if (adopted) return;
    adopted = true;
    await fs.mkdir(dir, { recursive: true });
    await fs.rename(legacy, join(dir, 'legacy.json')).catch(() => undefined);
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
