/**
 * Crash recovery with more than one window (desktop windows, browser tabs): every window
 * writes its unsaved work to a slot of its own, so two windows never overwrite each
 * other's copy. A window that starts claims one slot no live window holds: its own from
 * before a reload, or one a crashed window left behind. Hosts supply the storage (files in
 * the user-data folder, IndexedDB) and say which slots a live window holds.
 */
export interface SlotStorage {
  list(): Promise<string[]>;
  read(slot: string): Promise<string | null>;
  write(slot: string, text: string): Promise<void>;
  remove(slot: string): Promise<void>;
  /**
   * Move a slot's copy aside, under a name of its own where no window claims it again
   * (`stamp` makes the name unique), and say where it is now: a copy that cannot be loaded
   * is kept for the user (or a developer) to look at, never deleted.
   */
  keep(slot: string, stamp: string): Promise<string>;
  /** Where each copy kept aside is, oldest first. */
  kept(): Promise<string[]>;
}

export interface SlotLiveness {
  /** Take `slot` for this window unless a live window holds it; true when taken. */
  take(slot: string): Promise<boolean>;
  /** This window no longer needs `slot` (cleared, or replaced by another). */
  let(slot: string): void;
}

/** Slot names become file names and storage keys: letters, digits, dash and underscore only. */
export const SLOT_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Time first, padded to a fixed width, so names sort oldest first; then a random part. */
export function newSlotName(random: () => number = Math.random, now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`;
}

export class RecoverySlots {
  private slot: string;

  /** `own` is this window's slot: kept across reloads of the same window where the host can. */
  constructor(
    private readonly storage: SlotStorage,
    private readonly liveness: SlotLiveness,
    own: string,
  ) {
    this.slot = own;
  }

  /** The slot this window writes to now. */
  get current(): string {
    return this.slot;
  }

  write(text: string): Promise<void> {
    return this.storage.write(this.slot, text);
  }

  async clear(): Promise<void> {
    await this.storage.remove(this.slot);
  }

  /**
   * This window's copy cannot be loaded (it does not parse, or breaks a rule of this
   * version): set it aside, so it is not offered again yet not lost. Returns where it is.
   */
  keepAside(now = new Date()): Promise<string> {
    return this.storage.keep(this.slot, now.toISOString().replace(/[:.]/g, '-'));
  }

  /** Every copy kept aside so far. */
  keptAside(): Promise<string[]> {
    return this.storage.kept().catch(() => []);
  }

  /**
   * Unsaved work no live window holds, or null: this window's own slot first, then the
   * oldest other. The slot is this window's from then on, so restoring and then saving or
   * discarding clears it, and a second window is not offered the same copy.
   */
  async claim(): Promise<string | null> {
    const own = await this.storage.read(this.slot).catch(() => null);
    if (own !== null) return own;
    const slots = (await this.storage.list().catch(() => [])).filter((s) => s !== this.slot && SLOT_PATTERN.test(s)).sort();
    for (const slot of slots) {
      if (!(await this.liveness.take(slot))) continue;
      const text = await this.storage.read(slot).catch(() => null);
      if (text === null) {
        this.liveness.let(slot);
        continue;
      }
      // Move over: the window's empty own slot is given up for the one it restores.
      this.liveness.let(this.slot);
      this.slot = slot;
      return text;
    }
    return null;
  }
}
