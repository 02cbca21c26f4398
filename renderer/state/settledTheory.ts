import { useSyncExternalStore } from 'react';
import type { Editor } from '../../shared/editor';
import type { Theory } from '../../shared/model';
import { useServices } from './services';
import { afterPaint } from './later';

/**
 * The theory as of one frame after the last change: for views whose cost grows with the
 * theory and that are not what an edit is about (the chain checks, a card's list of link
 * targets). An edit paints first; they catch up right after, once per burst of changes.
 */
class SettledTheory {
  theory: Theory;
  private listeners = new Set<() => void>();
  private offEditor: (() => void) | null = null;
  private cancel: (() => void) | null = null;

  constructor(private editor: Editor) {
    this.theory = editor.theory;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.offEditor) {
      // Anything that changed while nobody listened.
      this.theory = this.editor.theory;
      this.offEditor = this.editor.subscribe(() => this.schedule());
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.offEditor?.();
      this.offEditor = null;
      this.cancel?.();
      this.cancel = null;
    };
  };

  snapshot = (): Theory => this.theory;

  private schedule(): void {
    if (this.cancel) return;
    this.cancel = afterPaint(() => {
      this.cancel = null;
      if (this.theory === this.editor.theory) return;
      this.theory = this.editor.theory;
      for (const listener of this.listeners) listener();
    });
  }
}

const settled = new WeakMap<Editor, SettledTheory>();

function settledOf(editor: Editor): SettledTheory {
  let store = settled.get(editor);
  if (!store) settled.set(editor, (store = new SettledTheory(editor)));
  return store;
}

/** The theory one frame after the last change (see SettledTheory); re-renders then, not at the change. */
export function useSettledTheory(): Theory {
  const store = settledOf(useServices().editor);
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
