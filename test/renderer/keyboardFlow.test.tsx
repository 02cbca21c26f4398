// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useKeyboard } from '../../renderer/actions/useKeyboard';
import { useActions } from '../../renderer/actions/useActions';
import { Dialogs } from '../../renderer/dialogs/Dialogs';
import { ChecksPanel } from '../../renderer/panels/ChecksPanel';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithActions } from './renderActions';
import { renderWithServices } from './render';

afterEach(cleanup);

function Keys() {
  useKeyboard(useActions(), false);
  return <Dialogs />;
}

/** Input: c1, c2; Actions: c3; Impact: c4. */
function theory() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'input', title: 'Staff' });
  e.run('addCard', { stage: 'input', title: 'Subsidy' });
  e.run('addCard', { stage: 'action', title: 'Coaching' });
  e.run('addCard', { stage: 'impact', title: 'Lasting work' });
  return e.document;
}

function setup(cards: string[]) {
  const rendered = renderWithActions(<Keys />, { doc: theory(), ui: { selection: { cards, links: [] } } });
  const press = (key: string, init: KeyboardEventInit = {}) => act(() => void fireEvent.keyDown(document.body, { key, bubbles: true, cancelable: true, ...init }));
  return { ...rendered, press };
}

describe('the keyboard flow', () => {
  it('Enter on an Impact card says there is no next stage, and makes nothing', () => {
    const { editor, ui, press } = setup(['c4']);
    const before = editor.document;
    press('Enter');
    expect(editor.document).toBe(before);
    expect(ui.get().toast).toBe('Impact is the last stage: there is no next one. N makes a card in the same stage.');
  });

  it('N adds a card in the selected card’s stage, below it, and opens its title; with nothing selected, in Input', () => {
    const { editor, ui, press } = setup(['c3']);
    press('n');
    const id = ui.get().editingCardId!;
    expect(editor.theory.cards[id]).toMatchObject({ stage: 'action' });
    expect(editor.theory.cards[id]!.position.y).toBeGreaterThan(editor.theory.cards.c3!.position.y);
    expect(ui.get()).toMatchObject({ newCardId: id, newCardFrom: 'c3', selection: { cards: [id] } });
    act(() => ui.set({ selection: { cards: [], links: [] }, editingCardId: null }));
    press('N', { shiftKey: false });
    expect(editor.theory.cards[ui.get().editingCardId!]!.stage).toBe('input');
  });

  it('A, I and O tag the whole selection at once, in one undo step, and take the tag off all when all have it', () => {
    const { editor, press, actions } = setup(['c1', 'c2', 'c3']);
    act(() => void editor.run('toggleAio', { ids: ['c2'], key: 'integraal' }));
    press('i');
    expect(['c1', 'c2', 'c3'].map((id) => editor.theory.cards[id]!.aio)).toEqual([['integraal'], ['integraal'], ['integraal']]);
    expect(actions.isChecked('card.tag.integraal')).toBe(true);
    expect(actions.isChecked('card.tag.netwerk')).toBe(false);
    press('i');
    expect(['c1', 'c2', 'c3'].map((id) => editor.theory.cards[id]!.aio)).toEqual([[], [], []]);
    press('z', { ctrlKey: true });
    expect(editor.theory.cards.c1!.aio).toEqual(['integraal']);
    press('o');
    press('a');
    expect(editor.theory.cards.c3!.aio).toEqual(['arbeidsmatig', 'integraal', 'netwerk']);
    expect(editor.theory.cards.c4!.aio).toEqual([]);
  });

  it('Alt+arrows move a card within its lane and into the next or previous stage, each one undo step', () => {
    const { editor, press } = setup(['c2']);
    const y1 = editor.theory.cards.c1!.position.y;
    press('ArrowUp', { altKey: true });
    expect(editor.theory.cards.c2!.position.y).toBe(y1);
    expect(editor.theory.cards.c1!.position.y).toBeGreaterThan(y1);
    press('ArrowRight', { altKey: true });
    expect(editor.theory.cards.c2!.stage).toBe('action');
    press('ArrowLeft', { altKey: true });
    press('ArrowLeft', { altKey: true });
    expect(editor.theory.cards.c2!.stage).toBe('input');
    press('z', { ctrlKey: true });
    expect(editor.theory.cards.c2!.stage).toBe('action');
  });

  it('L links to a card chosen by keyboard; a backward choice is marked before and warned about after', () => {
    const { editor, ui, press } = setup(['c3']);
    press('l');
    const dialog = screen.getByRole('dialog', { name: 'Link to…' });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    // Forward first (Impact), backwards last and marked.
    expect(options).toEqual(['Impact — Lasting work', 'Input — Staff (runs backwards)', 'Input — Subsidy (runs backwards)']);
    const filter = screen.getByRole('combobox', { name: 'Type to search' });
    fireEvent.change(filter, { target: { value: 'sub' } });
    expect(screen.getByText(/This link runs back to an earlier stage/)).toBeTruthy();
    fireEvent.keyDown(filter, { key: 'Enter' });
    expect(dialog.isConnected).toBe(false);
    expect(Object.values(editor.theory.links).map((l) => [l.from, l.to])).toEqual([['c3', 'c2']]);
    expect(ui.get().toast).toBe('Note: “Coaching” → “Subsidy” runs backwards, from Actions to Input.');
    // The keyboard stays on the card it linked from.
    expect(ui.get().selection.cards).toEqual(['c3']);
  });

  it('Shift+L links from another card to this one; Escape closes without a link', () => {
    const { editor, ui, press } = setup(['c3']);
    press('L', { shiftKey: true });
    expect(screen.getAllByRole('option')[0]!.textContent).toBe('Input — Staff');
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'ArrowDown' });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(Object.values(editor.theory.links).map((l) => [l.from, l.to])).toEqual([['c2', 'c3']]);
    expect(ui.get().toast).toBe('Linked: “Subsidy” → “Coaching”.');
    press('L', { shiftKey: true });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(Object.keys(editor.theory.links)).toHaveLength(1);
  });

  it('a refused command is reported by the registry, in the UI language, for any action', () => {
    const { ui, actions } = setup(['c1']);
    act(() => void actions.run('link.connect', { from: 'c1', to: 'c1' }));
    expect(ui.get().toast).toBe('Not possible: a card cannot be linked to itself.');
    act(() => ui.set({ language: 'nl' }));
    act(() => void actions.run('link.connect', { from: 'c1', to: 'c3' }));
    act(() => void actions.run('link.connect', { from: 'c1', to: 'c3' }));
    expect(ui.get().toast).toBe('Dat kan niet: deze kaarten zijn al met elkaar verbonden.');
  });
});

describe('an empty theory', () => {
  it('the checks panel says the theory is empty, not that the chain is complete', () => {
    renderWithServices(<ChecksPanel />, { ui: { checksOpen: true } });
    expect(screen.getByText('The theory is still empty: there is nothing to check yet.')).toBeTruthy();
    expect(screen.queryByText(/the chain is complete/)).toBeNull();
  });
});
