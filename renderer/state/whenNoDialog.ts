import type { UiStore } from './uiStore';

/**
 * Resolves once no dialog is open. For a question nobody asked for yet (the start-up offer
 * of unsaved work, found after an IndexedDB read): it waits behind a dialog the user has
 * opened meanwhile instead of replacing it, which would drop that dialog and its answer.
 */
export function whenNoDialog(ui: UiStore): Promise<void> {
  if (ui.get().dialog === null) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = ui.subscribe(() => {
      if (ui.get().dialog !== null) return;
      stop();
      resolve();
    });
  });
}
