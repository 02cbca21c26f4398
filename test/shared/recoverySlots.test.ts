import { describe, expect, it } from 'vitest';
import { RecoverySlots, newSlotName, SLOT_PATTERN, type SlotLiveness, type SlotStorage } from '../../shared/recoverySlots';

function memory(): SlotStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const aside = new Map<string, string>();
  return {
    map,
    list: async () => [...map.keys()],
    read: async (slot) => map.get(slot) ?? null,
    write: async (slot, text) => void map.set(slot, text),
    remove: async (slot) => void map.delete(slot),
    keep: async (slot, stamp) => {
      aside.set(`${slot}-${stamp}`, map.get(slot) ?? '');
      map.delete(slot);
      return `${slot}-${stamp}`;
    },
    kept: async () => [...aside.keys()],
  };
}

/** Liveness shared by the windows of one test: a slot is held by at most one window. */
function registry() {
  const held = new Map<string, string>();
  return (window: string): SlotLiveness => ({
    take: async (slot) => {
      const holder = held.get(slot);
      if (holder !== undefined && holder !== window) return false;
      held.set(slot, window);
      return true;
    },
    let: (slot) => {
      if (held.get(slot) === window) held.delete(slot);
    },
  });
}

describe('recovery slots', () => {
  it('a reloaded window finds its own copy first, before any copy left by another window', async () => {
    const storage = memory();
    storage.map.set('0-old', '{"other":true}');
    const live = registry();
    await new RecoverySlots(storage, live('w1'), 'own').write('{"mine":true}');
    // The same window after a reload: same slot name.
    expect(await new RecoverySlots(storage, live('w1'), 'own').claim()).toBe('{"mine":true}');
  });

  it('after claiming a left-behind copy the window writes to and clears that slot', async () => {
    const storage = memory();
    storage.map.set('0-left', '{"left":true}');
    const slots = new RecoverySlots(storage, registry()('w1'), 'fresh');
    expect(await slots.claim()).toBe('{"left":true}');
    expect(slots.current).toBe('0-left');
    await slots.write('{"edited":true}');
    expect(storage.map.get('0-left')).toBe('{"edited":true}');
    await slots.clear();
    expect([...storage.map.keys()]).toEqual([]);
  });

  it('skips slots with names that could not be its own, and storage that fails', async () => {
    const storage = memory();
    storage.map.set('../escape', '{"x":1}');
    expect(await new RecoverySlots(storage, registry()('w'), 'a').claim()).toBeNull();
    const broken: SlotStorage = { list: async () => Promise.reject(new Error('gone')), read: async () => Promise.reject(new Error('gone')), write: async () => undefined, remove: async () => undefined, keep: async () => Promise.reject(new Error('gone')), kept: async () => Promise.reject(new Error('gone')) };
    expect(await new RecoverySlots(broken, registry()('w'), 'a').claim()).toBeNull();
  });

  it('new slot names are valid and sort by time', () => {
    const a = newSlotName(() => 0.5, 1_000_000);
    const b = newSlotName(() => 0.1, 2_000_000);
    expect(SLOT_PATTERN.test(a) && SLOT_PATTERN.test(b)).toBe(true);
    expect([b, a].sort()).toEqual([a, b]);
  });
});
