import { useCallback, useSyncExternalStore } from 'react';
import type { UiState, UiStore } from './uiStore';

/**
 * Subscriptions to one value of the UI store that cost the same however many components
 * hold them (issue #9). Every card and arrow on the canvas asks something of the UI store
 * (is it the card being edited, the keyboard's card, the link selected alone, the language),
 * and each store change ran every one of those questions: ≈ 2,000 at 3,000 cards, several
 * times per edit. Here one store listener per question works its value out once and tells
 * only the components whose answer changed.
 */
type Select<T> = (state: UiState) => T;

interface Key<T> {
  value: T;
  /** Listeners by the value they compare with (useUiIs), or under ALL (useUiValue). */
  byKey: Map<unknown, Set<() => void>>;
  off: (() => void) | null;
}

const ALL = Symbol('all');
const keys = new WeakMap<UiStore, Map<Select<unknown>, Key<unknown>>>();

function listen<T>(store: UiStore, select: Select<T>, key: unknown, listener: () => void): () => void {
  let byStore = keys.get(store);
  if (!byStore) keys.set(store, (byStore = new Map()));
  let entry = byStore.get(select as Select<unknown>) as Key<T> | undefined;
  // The value is read when the store listener starts (below), also for a new entry.
  if (!entry) byStore.set(select as Select<unknown>, (entry = { value: undefined as T, byKey: new Map(), off: null }));
  const it = entry;
  if (!it.off) {
    it.value = select(store.get());
    it.off = store.subscribe(() => {
      const next = select(store.get());
      if (Object.is(next, it.value)) return;
      const was = it.value;
      it.value = next;
      for (const k of [ALL, was, next]) for (const l of [...(it.byKey.get(k) ?? [])]) l();
    });
  }
  let set = it.byKey.get(key);
  if (!set) it.byKey.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) it.byKey.delete(key);
    if (it.byKey.size === 0) {
      it.off?.();
      it.off = null;
    }
  };
}

/**
 * Whether `select(state)` is `key` (the card being edited is this card). A change tells only
 * the components whose key it was or is. `select` must be one function for all callers (a
 * module-level constant), as it names the question.
 */
export function useUiIs<K>(store: UiStore, select: Select<K>, key: K): boolean {
  const subscribe = useCallback((listener: () => void) => listen(store, select, key, listener), [store, select, key]);
  return useSyncExternalStore(subscribe, () => Object.is(select(store.get()), key));
}

/** `select(state)`, one store listener for every component asking it (`select` a module-level constant). */
export function useUiValue<T>(store: UiStore, select: Select<T>): T {
  const subscribe = useCallback((listener: () => void) => listen(store, select, ALL, listener), [store, select]);
  return useSyncExternalStore(subscribe, () => select(store.get()));
}
