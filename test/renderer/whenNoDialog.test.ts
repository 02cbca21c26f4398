import { describe, expect, it } from 'vitest';
import { createUiStore } from '../../renderer/state/uiStore';
import { whenNoDialog } from '../../renderer/state/whenNoDialog';

describe('a question nobody asked for waits behind an open dialog', () => {
  it('resolves at once with no dialog open, and only once the open one is closed otherwise', async () => {
    const ui = createUiStore({ language: 'en' });
    await expect(whenNoDialog(ui)).resolves.toBeUndefined();

    ui.set({ dialog: { kind: 'error', message: 'Open', details: [] } as never });
    let done = false;
    const waiting = whenNoDialog(ui).then(() => (done = true));
    ui.set({ toast: 'something else changed' });
    await Promise.resolve();
    expect(done).toBe(false);
    ui.set({ dialog: null });
    await waiting;
    expect(done).toBe(true);
  });
});
