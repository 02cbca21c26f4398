import { RecoverySlots, SLOT_PATTERN, newSlotName, type SlotLiveness, type SlotStorage } from '../../shared/recoverySlots';
import type { KeyValueStore } from './idb';

/** Recovery copies: `recovery:<slot>` in IndexedDB, or `werkzaam.recovery:<slot>` in localStorage. */
const RECOVERY_KV = 'recovery:';
const RECOVERY_LOCAL = 'werkzaam.recovery:';
/** Copies that could not be loaded, set aside (never deleted): `recovery-kept:<slot>-<time>`. */
const KEPT_KV = 'recovery-kept:';
/** This tab's slot, kept in sessionStorage so a reload finds its own copy first. */
const SLOT_KEY = 'werkzaam.recoverySlot';

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown>;
}

/**
 * Which tab holds which recovery slot, through the Web Locks API: a tab holds a lock per
 * slot for as long as it lives, and the browser lets the locks of a closed or crashed tab
 * go. Without Web Locks, every other slot counts as left behind.
 */
function tabLocks(locks: LockManagerLike | undefined): SlotLiveness {
  const releases = new Map<string, () => void>();
  return {
    take: (slot) =>
      locks
        ? new Promise<boolean>((resolve) => {
            void locks
              .request(`werkzaam-recovery-${slot}`, { ifAvailable: true }, (lock) => {
                if (!lock) return resolve(false);
                resolve(true);
                return new Promise<void>((release) => releases.set(slot, release));
              })
              .catch(() => resolve(true));
          })
        : Promise.resolve(true),
    let(slot) {
      releases.get(slot)?.();
      releases.delete(slot);
    },
  };
}

function recoveryStorage(kv: KeyValueStore, local: () => Storage | null): SlotStorage {
  return {
    async list() {
      const stored = await kv.keys().catch(() => []);
      const fromKv = stored.filter((k) => k.startsWith(RECOVERY_KV)).map((k) => k.slice(RECOVERY_KV.length));
      const l = local();
      const fromLocal = l ? Array.from({ length: l.length }, (_, i) => l.key(i) ?? '').filter((k) => k.startsWith(RECOVERY_LOCAL)).map((k) => k.slice(RECOVERY_LOCAL.length)) : [];
      return [...new Set([...fromKv, ...fromLocal])];
    },
    async read(slot) {
      const stored = await kv.get<string>(RECOVERY_KV + slot).catch(() => undefined);
      return typeof stored === 'string' ? stored : (local()?.getItem(RECOVERY_LOCAL + slot) ?? null);
    },
    // IndexedDB first (no size limit worth noting); localStorage when IndexedDB fails (some private windows).
    async write(slot, text) {
      try {
        await kv.set(RECOVERY_KV + slot, text);
        local()?.removeItem(RECOVERY_LOCAL + slot);
      } catch (error) {
        const l = local();
        if (!l) throw error;
        l.setItem(RECOVERY_LOCAL + slot, text);
      }
    },
    async remove(slot) {
      local()?.removeItem(RECOVERY_LOCAL + slot);
      await kv.delete(RECOVERY_KV + slot);
    },
    async keep(slot, stamp) {
      const text = await this.read(slot);
      const key = `${KEPT_KV}${slot}-${stamp}`;
      // Written aside first, removed after: a failure in between leaves two copies, never none.
      if (text !== null) await kv.set(key, text);
      await this.remove(slot);
      return key;
    },
    async kept() {
      return (await kv.keys().catch(() => [])).filter((k) => k.startsWith(KEPT_KV)).sort();
    },
  };
}

/** This tab's slot: the one from before a reload, unless another tab holds it (a duplicated tab copies sessionStorage). */
async function ownSlot(win: Window, liveness: SlotLiveness): Promise<string> {
  let session: Storage | null = null;
  try {
    session = win.sessionStorage ?? null;
  } catch {
    session = null;
  }
  const previous = session?.getItem(SLOT_KEY);
  if (previous && SLOT_PATTERN.test(previous) && (await liveness.take(previous))) return previous;
  let slot = newSlotName();
  while (!(await liveness.take(slot))) slot = newSlotName();
  try {
    session?.setItem(SLOT_KEY, slot);
  } catch {
    // No sessionStorage: a reload then finds its copy as one left behind, which works too.
  }
  return slot;
}

/** This tab's crash-recovery slots: IndexedDB (localStorage as a fallback), held with Web Locks. */
export function tabRecovery(win: Window, kv: KeyValueStore, local: () => Storage | null): Promise<RecoverySlots> {
  const liveness = tabLocks((win.navigator as { locks?: LockManagerLike } | undefined)?.locks);
  return ownSlot(win, liveness).then((own) => new RecoverySlots(recoveryStorage(kv, local), liveness, own));
}
