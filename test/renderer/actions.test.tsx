// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useKeyboard } from '../../renderer/actions/useKeyboard';
import { useActions } from '../../renderer/actions/useActions';
import { finishTitleEdit } from '../../renderer/canvas/cardFocus';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithActions } from './renderActions';

afterEach(cleanup);

/** The real keyboard hook and action registry, mounted with real services. */
function Keyboard() {
  useKeyboard(useActions(), false);
  return <textarea aria-label="scratch" />;
}

function chain() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'input', title: 'Job coaches' });
  e.run('addCard', { stage: 'action', title: 'Coaching', position: { x: 354, y: 112 } });
  e.run('addCard', { stage: 'action', title: 'Network meetings', position: { x: 354, y: 232 } });
  e.run('connect', { from: 'c1', to: 'c2' });
  return e.document;
}

function setup(selection: { cards: string[]; links: string[] } = { cards: [], links: [] }) {
  const rendered = renderWithActions(<Keyboard />, { doc: chain(), ui: { selection } });
  const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) =>
    act(() => void fireEvent.keyDown(target, { key, bubbles: true, ...init }));
  return { ...rendered, press };
}

describe('keyboard flow: Enter adds a linked card in the next stage', () => {
  it('creates the card and link in one step and opens its title for typing', () => {
    const { editor, ui, press, services } = setup({ cards: ['c1'], links: [] });
    press('Enter');
    const created = Object.values(editor.theory.cards).find((c) => !['c1', 'c2', 'c3'].includes(c.id))!;
    expect(created.stage).toBe('action');
    expect(Object.values(editor.theory.links).some((l) => l.from === 'c1' && l.to === created.id)).toBe(true);
    expect(ui.get()).toMatchObject({ selection: { cards: [created.id], links: [] }, editingCardId: created.id, newCardId: created.id });
    // Typing and Enter commit the title; the new card stays.
    act(() => finishTitleEdit(services, created.id, 'Group training '));
    expect(editor.theory.cards[created.id]!.title).toBe('Group training');
    expect(ui.get().editingCardId).toBeNull();
  });

  it('Escape on an empty new card removes it and its link again', () => {
    const { editor, press, services } = setup({ cards: ['c2'], links: [] });
    const before = editor.document;
    press('Enter');
    const id = services.ui.get().newCardId!;
    expect(editor.theory.cards[id]!.stage).toBe('intermediate');
    const history = editor.historySize;
    act(() => finishTitleEdit(services, id, null));
    expect(editor.document).toEqual(before);
    // Issue #8: undo-to-cancel left a redo step that brought the empty card back.
    expect(editor.canRedo()).toBe(false);
    expect(editor.historySize).toEqual({ undo: history.undo - 1, redo: 0 });
  });

  it('does nothing with no card selected, or when Enter is typed in a text field', () => {
    const { editor, press, getByLabelText } = setup({ cards: ['c1'], links: [] });
    press('Enter', {}, getByLabelText('scratch'));
    expect(Object.keys(editor.theory.cards)).toHaveLength(3);
    const other = setup();
    other.press('Enter');
    expect(Object.keys(other.editor.theory.cards)).toHaveLength(3);
  });
});

describe('keyboard: delete, undo, redo, arrows', () => {
  it('Delete removes the selected cards with their links in one undo step; Backspace too', () => {
    const { editor, ui, press } = setup({ cards: ['c1'], links: [] });
    press('Delete');
    expect(Object.keys(editor.theory.cards)).toEqual(['c2', 'c3']);
    expect(Object.keys(editor.theory.links)).toEqual([]);
    // The keyboard goes on to the next card in reading order (Input has no other card).
    expect(ui.get().selection).toEqual({ cards: ['c2'], links: [] });
    act(() => ui.set({ selection: { cards: ['c2', 'c3'], links: [] } }));
    press('Backspace');
    expect(Object.keys(editor.theory.cards)).toEqual([]);
    expect(ui.get().selection).toEqual({ cards: [], links: [] });
    press('z', { ctrlKey: true });
    expect(Object.keys(editor.theory.cards)).toEqual(['c2', 'c3']);
    press('z', { ctrlKey: true });
    expect(Object.keys(editor.theory.cards).sort()).toEqual(['c1', 'c2', 'c3']);
    expect(Object.keys(editor.theory.links)).toEqual(['l1']);
  });

  it('Delete removes a selected link only', () => {
    const { editor, press } = setup({ cards: [], links: ['l1'] });
    press('Delete');
    expect(Object.keys(editor.theory.links)).toEqual([]);
    expect(Object.keys(editor.theory.cards)).toHaveLength(3);
  });

  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo; in a text field they are left to the field', () => {
    const { editor, press, getByLabelText } = setup();
    act(() => void editor.run('updateCard', { id: 'c1', changes: { title: 'Job coaches (2 FTE)' } }));
    press('z', { ctrlKey: true }, getByLabelText('scratch'));
    expect(editor.theory.cards.c1!.title).toBe('Job coaches (2 FTE)');
    press('z', { ctrlKey: true });
    expect(editor.theory.cards.c1!.title).toBe('Job coaches');
    press('Z', { ctrlKey: true, shiftKey: true });
    expect(editor.theory.cards.c1!.title).toBe('Job coaches (2 FTE)');
    press('z', { ctrlKey: true });
    press('y', { ctrlKey: true });
    expect(editor.theory.cards.c1!.title).toBe('Job coaches (2 FTE)');
    press('Delete', {}, getByLabelText('scratch'));
    expect(Object.keys(editor.theory.cards)).toHaveLength(3);
  });

  it('arrow keys move the selection across stages and within a lane', () => {
    const { ui, press } = setup({ cards: ['c1'], links: [] });
    press('ArrowRight');
    expect(ui.get().selection.cards).toEqual(['c2']);
    press('ArrowDown');
    expect(ui.get().selection.cards).toEqual(['c3']);
    press('ArrowUp');
    expect(ui.get().selection.cards).toEqual(['c2']);
    press('ArrowLeft');
    expect(ui.get().selection.cards).toEqual(['c1']);
  });

  it('Ctrl+D duplicates the selection and selects the copies', () => {
    const { editor, ui, press } = setup({ cards: ['c1', 'c2'], links: [] });
    press('d', { ctrlKey: true });
    const copies = ui.get().selection.cards;
    expect(copies).toHaveLength(2);
    expect(copies.map((id) => editor.theory.cards[id]!.title)).toEqual(['Job coaches', 'Coaching']);
    expect(Object.values(editor.theory.links).some((l) => l.from === copies[0] && l.to === copies[1])).toBe(true);
  });
});

describe('clipboard events carry a fragment between theories', () => {
  it('copy writes the selection as text; paste into another theory adds the cards', () => {
    const source = setup({ cards: ['c1', 'c2'], links: [] });
    const data = new Map<string, string>();
    const clipboardData = { setData: (type: string, text: string) => void data.set(type, text), getData: (type: string) => data.get(type) ?? '' };
    const copy = new Event('copy', { bubbles: true, cancelable: true });
    Object.assign(copy, { clipboardData });
    act(() => void document.dispatchEvent(copy));
    expect(copy.defaultPrevented).toBe(true);
    expect(data.get('text/plain')).toContain('Job coaches');
    cleanup();

    const target = renderWithActions(<Keyboard />);
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(paste, { clipboardData });
    act(() => void document.dispatchEvent(paste));
    expect(Object.values(target.editor.theory.cards).map((c) => c.title).sort()).toEqual(['Coaching', 'Job coaches']);
    expect(Object.keys(target.editor.theory.links)).toHaveLength(1);
    expect(target.ui.get().selection.cards).toHaveLength(2);
    expect(source.editor.theory.cards.c1).toBeDefined();
  });
});

describe('windows', () => {
  it('New Window asks the platform for another window; Close closes the window where the platform can, else starts afresh', async () => {
    const { platform, editor, actions } = renderWithActions(<Keyboard />, { doc: chain() });
    actions.run('file.newWindow');
    expect(platform.windowsOpened).toBe(1);
    // A browser tab cannot close itself: Close starts a new theory (the saved state is clean here).
    await act(async () => void actions.run('file.close'));
    expect(Object.keys(editor.theory.cards)).toHaveLength(0);
    // The desktop closes the window; the theory stays until the window's own close question.
    editor.run('addCard', { stage: 'input', title: 'Stays' });
    platform.canClose = true;
    actions.run('file.close');
    expect(platform.closed).toBe(1);
    expect(Object.values(editor.theory.cards).map((c) => c.title)).toEqual(['Stays']);
  });
});
