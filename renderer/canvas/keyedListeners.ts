/**
 * Listeners by key (a card's or a link's id): a change tells the components drawing that one
 * record, not every card and arrow on screen, so its cost does not grow with the theory.
 */
export class KeyedListeners<K> {
  private byKey = new Map<K, Set<() => void>>();

  subscribe = (key: K, listener: () => void): (() => void) => {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.byKey.get(key) === set) this.byKey.delete(key);
    };
  };

  emit(key: K): void {
    const set = this.byKey.get(key);
    if (set) for (const listener of [...set]) listener();
  }

  /** Everyone listening (a document opened afresh). */
  emitAll(): void {
    for (const key of [...this.byKey.keys()]) this.emit(key);
  }
}
