// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecksPanel } from '../../renderer/panels/ChecksPanel';
import { MenuBar } from '../../renderer/panels/MenuBar';
import { Toast } from '../../renderer/panels/Toast';
import { toastDuration } from '../../renderer/panels/toastDuration';
import { ACTIONS, MENU_LABELS, MENU_ORDER, type ActionDef, type ActionId } from '../../shared/actions';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithServices } from './render';
import { recordingBehaviours, renderWithActions } from './renderActions';

afterEach(cleanup);

describe('checks panel', () => {
  it('lists the chain checks live and selects the cards a check is about', () => {
    const e = new Editor(emptyDocument('en'));
    e.run('addCard', { stage: 'input', title: 'Lonely', aio: ['netwerk'] });
    const { ui } = renderWithServices(<ChecksPanel />, { doc: e.document, ui: { checksOpen: true } });
    const panel = screen.getByRole('region', { name: 'Chain checks' });
    expect(within(panel).getByText('“Lonely” is not linked to anything.')).toBeTruthy();
    fireEvent.click(within(panel).getByText('“Lonely” is not linked to anything.'));
    expect(ui.get().selection).toEqual({ cards: ['c1'], links: [] });
    fireEvent.click(within(panel).getByRole('button', { name: /Chain checks/ }));
    // Collapsed, only the toggle with its count remains.
    expect(within(panel).getAllByRole('button').map((b) => b.textContent)).toEqual(['Chain checks 5']); // unlinked card + four empty stages
  });
});

describe('menu bar (browser build)', () => {
  it('is built from the actions list and runs the chosen action', () => {
    const calls: ActionId[] = [];
    renderWithActions(<MenuBar />, { behaviours: recordingBehaviours(calls) });
    const bar = screen.getByRole('menubar', { name: 'Menu bar' });
    expect(within(bar).getAllByRole('menuitem').map((m) => m.textContent)).toEqual(MENU_ORDER.map((m) => MENU_LABELS.en[m]));
    fireEvent.click(within(bar).getByRole('menuitem', { name: 'Edit' }));
    const menu = screen.getByRole('menu', { name: 'Edit' });
    const labels = within(menu).getAllByRole('menuitem').map((m) => m.textContent);
    for (const action of (ACTIONS as readonly ActionDef[]).filter((a) => a.place?.menu === 'edit')) expect(labels.some((l) => l?.startsWith(action.label.en))).toBe(true);
    fireEvent.click(within(menu).getByRole('menuitem', { name: /^Undo/ }));
    expect(calls).toEqual(['edit.undo']);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('is one tab stop; arrow keys walk the bar and the open menu, Enter runs, Escape returns', () => {
    renderWithActions(<MenuBar />, { behaviours: recordingBehaviours([]) });
    const top = (name: string) => screen.getByRole('menuitem', { name }) as HTMLButtonElement;
    expect(['File', 'Edit', 'Card', 'View', 'Help'].map((n) => top(n).tabIndex)).toEqual([0, -1, -1, -1, -1]);
    top('File').focus();
    fireEvent.keyDown(top('File'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(top('Edit'));
    expect(top('Edit').tabIndex).toBe(0);
    fireEvent.keyDown(top('Edit'), { key: 'ArrowLeft' });
    fireEvent.keyDown(top('File'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(top('Help'));
    fireEvent.keyDown(top('Help'), { key: 'Home' });
    fireEvent.keyDown(top('File'), { key: 'ArrowRight' });
    fireEvent.keyDown(top('Edit'), { key: 'ArrowDown' });
    const menu = screen.getByRole('menu', { name: 'Edit' });
    expect(document.activeElement?.textContent).toMatch(/^Undo/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^Redo/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('menu', { name: 'Card' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('menu', { name: 'Card' }), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(top('Card'));
    expect(menu.isConnected).toBe(false);
  });
});

describe('toolbar', async () => {
  const { Toolbar } = await import('../../renderer/panels/Toolbar');
  it('keeps Undo and Redo enabled exactly when the history allows them', async () => {
    const { act } = await import('@testing-library/react');
    const { editor } = renderWithActions(<Toolbar />);
    const undo = () => screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    const redo = () => screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement;
    expect([undo().disabled, redo().disabled]).toEqual([true, true]);
    act(() => void editor.run('addCard', { stage: 'input', title: 'a' }));
    act(() => void editor.run('addCard', { stage: 'input', title: 'b' }));
    expect([undo().disabled, redo().disabled]).toEqual([false, true]);
    act(() => void editor.undo());
    expect([undo().disabled, redo().disabled]).toEqual([false, false]);
  });

  it('stays one tab stop through edits, and an edit that enables or disables nothing writes no tab index', async () => {
    const { act } = await import('@testing-library/react');
    const { editor } = renderWithActions(<Toolbar />);
    const toolbar = screen.getByRole('toolbar');
    const stops = () => [...toolbar.querySelectorAll<HTMLElement>('button:not(:disabled), select:not(:disabled)')].filter((b) => b.tabIndex === 0);
    act(() => void editor.run('addCard', { stage: 'input', title: 'a' }));
    expect(stops()).toHaveLength(1);
    const written: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => r.attributeName === 'tabindex' && written.push((r.target as HTMLElement).textContent ?? '')));
    observer.observe(toolbar, { subtree: true, attributes: true, attributeFilter: ['tabindex'] });
    act(() => void editor.run('addCard', { stage: 'input', title: 'b' }));
    act(() => void editor.run('updateCard', { id: 'c1', changes: { title: 'A' } }));
    observer.takeRecords().forEach((r) => written.push((r.target as HTMLElement).textContent ?? ''));
    observer.disconnect();
    expect(written).toEqual([]);
    expect(stops()).toHaveLength(1);
    // Undo all: Undo goes disabled, Redo comes on; still one stop.
    act(() => {
      while (editor.undo());
    });
    expect(stops()).toHaveLength(1);
  });
});

describe('dialogs', () => {
  it('the unsaved-work offer restores on Escape (only the Discard button throws the copy away)', async () => {
    const { Dialogs } = await import('../../renderer/dialogs/Dialogs');
    const answers: boolean[] = [];
    const { ui } = renderWithServices(<Dialogs />);
    const offer = (resolve: (restore: boolean) => void) => ui.set({ dialog: { kind: 'recovery', name: 'Plan', savedAt: '2026-11-24T10:00:00Z', resolve } });
    act(() => offer((r) => answers.push(r)));
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Unsaved work found' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => offer((r) => answers.push(r)));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(answers).toEqual([true, false]);
  });
});

describe('toast', () => {
  it('stays long enough to read, waits while hovered, and goes with its close button', () => {
    vi.useFakeTimers();
    try {
      const long = 'No bundled font has ⵣ ⴰ ⵎ; the PDF shows a replacement character there. Choose another font for these cards.';
      const { ui } = renderWithServices(<Toast />, { doc: emptyDocument('en'), ui: { toast: long } });
      const status = screen.getByRole('status');
      expect(within(status).getByText(long)).toBeTruthy();
      act(() => vi.advanceTimersByTime(4000));
      expect(ui.get().toast).toBe(long); // a long message outlasts the short one's four seconds
      fireEvent.mouseEnter(status);
      act(() => vi.advanceTimersByTime(60_000));
      expect(ui.get().toast).toBe(long); // held while the pointer is on it
      fireEvent.mouseLeave(status);
      act(() => vi.advanceTimersByTime(toastDuration(long)));
      expect(ui.get().toast).toBeNull();
      act(() => ui.set({ toast: 'Linked.' }));
      fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Close' }));
      expect(ui.get().toast).toBeNull();
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives a short message four seconds and a long one more, at most twenty', () => {
    expect(toastDuration('Linked.')).toBe(4000);
    expect(toastDuration('x'.repeat(100))).toBeGreaterThan(4000);
    expect(toastDuration('x'.repeat(10_000))).toBe(20_000);
  });
});

describe('toast focus', () => {
  it('gives the focus back to where the keyboard came from when closed from the keyboard', () => {
    const { ui } = renderWithServices(
      <>
        <button type="button">Before</button>
        <Toast />
      </>,
      { doc: emptyDocument('en'), ui: { toast: 'Linked.' } },
    );
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    const close = within(screen.getByRole('status')).getByRole('button', { name: 'Close' });
    fireEvent.focus(close, { relatedTarget: before });
    close.focus();
    fireEvent.click(close);
    expect(ui.get().toast).toBeNull();
    expect(document.activeElement).toBe(before);
  });
});
