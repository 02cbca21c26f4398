// @vitest-environment happy-dom
import './setup';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { Inspector } from '../../renderer/inspector/Inspector';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { paint, renderWithServices } from './render';

afterEach(cleanup);

function docWithCard() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'outcome', title: 'Self-confidence' });
  e.run('addCard', { stage: 'impact', title: 'Work' });
  e.run('connect', { from: 'c1', to: 'c2' });
  return e.document;
}

describe('inspector', () => {
  it('shows the theory when nothing is selected and edits its metadata', () => {
    const { editor } = renderWithServices(<Inspector />, { doc: docWithCard() });
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'IJmond Werkt!' } });
    fireEvent.change(screen.getByLabelText('Authors (one per line or comma separated)'), { target: { value: 'Zoë\nPaweł' } });
    fireEvent.change(screen.getByLabelText('Language of the theory'), { target: { value: 'nl' } });
    expect(editor.theory).toMatchObject({ organisation: 'IJmond Werkt!', authors: ['Zoë', 'Paweł'], language: 'nl' });
  });

  it('takes authors one per line or separated by commas, keeping the text as typed', () => {
    const { editor } = renderWithServices(<Inspector />, { doc: docWithCard() });
    const box = screen.getByLabelText('Authors (one per line or comma separated)') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Jan Depauw, ' } });
    expect(box.value).toBe('Jan Depauw, ');
    expect(editor.theory.authors).toEqual(['Jan Depauw']);
    fireEvent.change(box, { target: { value: 'Jan Depauw, Zoë Peeters;\nPaweł' } });
    expect(editor.theory.authors).toEqual(['Jan Depauw', 'Zoë Peeters', 'Paweł']);
    fireEvent.blur(box);
    expect(box.value).toBe('Jan Depauw\nZoë Peeters\nPaweł');
    act(() => void editor.undo());
    expect(editor.theory.authors).toEqual([]);
    expect(box.value).toBe('');
  });

  it('edits a selected card: typing in the title is one undo step, blur ends it', () => {
    const { editor } = renderWithServices(<Inspector />, { doc: docWithCard(), ui: { selection: { cards: ['c1'], links: [] } } });
    const title = screen.getByLabelText('Title');
    for (const value of ['S', 'Se', 'Sel']) fireEvent.change(title, { target: { value } });
    fireEvent.blur(title);
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Intrapersonal' } });
    expect(editor.theory.cards.c1).toMatchObject({ title: 'Sel', description: 'Intrapersonal' });
    act(() => void editor.undo());
    expect(editor.theory.cards.c1).toMatchObject({ title: 'Sel', description: '' });
    act(() => void editor.undo());
    expect(editor.theory.cards.c1!.title).toBe('Self-confidence');
  });

  it('toggles AIO elements and changes the stage', () => {
    const { editor } = renderWithServices(<Inspector />, { doc: docWithCard(), ui: { selection: { cards: ['c1'], links: [] } } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Support networks/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Work-oriented focus/ }));
    expect(editor.theory.cards.c1!.aio).toEqual(['arbeidsmatig', 'netwerk']);
    fireEvent.click(screen.getByRole('checkbox', { name: /Support networks/ }));
    expect(editor.theory.cards.c1!.aio).toEqual(['arbeidsmatig']);
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'intermediate' } });
    expect(editor.theory.cards.c1!.stage).toBe('intermediate');
  });

  it('adds, edits and removes indicator rows', () => {
    const { editor } = renderWithServices(<Inspector />, { doc: docWithCard(), ui: { selection: { cards: ['c1'], links: [] } } });
    expect(screen.getByText('No indicators yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add indicator' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'MPE score' } });
    fireEvent.change(screen.getByLabelText('Baseline'), { target: { value: '3.1' } });
    fireEvent.change(screen.getByLabelText('Who measures'), { target: { value: 'researcher' } });
    expect(editor.theory.cards.c1!.indicators).toMatchObject([{ name: 'MPE score', baseline: '3.1', owner: 'researcher' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove indicator: MPE score' }));
    expect(editor.theory.cards.c1!.indicators).toEqual([]);
  });

  it('edits a link: rationale, evidence, and a new assumption attached to it', () => {
    const { editor } = renderWithServices(<Inspector />, { doc: docWithCard(), ui: { selection: { cards: [], links: ['l1'] } } });
    expect(screen.getByText('Self-confidence')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Rationale: why does this lead to that?'), { target: { value: 'Confidence helps' } });
    fireEvent.change(screen.getByLabelText('Evidence or strength'), { target: { value: 'KdG 2024' } });
    fireEvent.change(screen.getByLabelText('New assumption'), { target: { value: 'Employers take part' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add assumption' }));
    expect(editor.theory.links.l1).toMatchObject({ rationale: 'Confidence helps', evidence: 'KdG 2024', assumptions: ['a1'] });
    fireEvent.change(screen.getByLabelText('Status of "Employers take part"'), { target: { value: 'confirmed' } });
    expect(editor.theory.assumptions.a1!.status).toBe('confirmed');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Employers take part' }));
    expect(editor.theory.links.l1!.assumptions).toEqual([]);
  });

  it('follows a new selection after the paint, and at once when the card it shows is gone', async () => {
    const { editor, ui } = renderWithServices(<Inspector />, { doc: docWithCard(), ui: { selection: { cards: ['c1'], links: [] } } });
    const title = () => (screen.getByLabelText('Title') as HTMLTextAreaElement | HTMLInputElement).value;
    expect(title()).toBe('Self-confidence');
    act(() => ui.set({ selection: { cards: ['c2'], links: [] } }));
    // The frame that paints the new selection on the canvas still has the form it had.
    expect(title()).toBe('Self-confidence');
    await paint();
    expect(title()).toBe('Work');
    // Select c1 again and delete c2 before the paint: the panel never shows the deleted card, nor waits.
    act(() => ui.set({ selection: { cards: ['c1'], links: [] } }));
    act(() => void editor.run('deleteCards', { ids: ['c2'] }));
    expect(title()).toBe('Self-confidence');
  });

  it('F6 just after a new selection lands in the form of the card selected, not in the one it replaces', async () => {
    const { ui, actions } = renderWithServices(<Inspector />, { doc: docWithCard(), ui: { selection: { cards: ['c1'], links: [] } } });
    act(() => ui.set({ selection: { cards: ['c2'], links: [] } }));
    act(() => void actions.run('nav.inspector'));
    await paint();
    await paint();
    const title = screen.getByLabelText('Title') as HTMLTextAreaElement | HTMLInputElement;
    expect(title.value).toBe('Work');
    expect(document.activeElement).toBe(title);
  });
});

describe('linking from the inspector (the keyboard road)', () => {
  it('lists a card’s links, opens one, and links the card to another card', async () => {
    const { editor, ui } = renderWithServices(<Inspector />, { doc: docWithCard(), ui: { selection: { cards: ['c1'], links: [] } } });
    fireEvent.click(screen.getByRole('button', { name: 'Edit link: → Work (without rationale)' }));
    expect(ui.get().selection).toEqual({ cards: [], links: ['l1'] });
    await paint();
    expect(screen.getByLabelText('Rationale: why does this lead to that?')).toBeTruthy();
    act(() => ui.set({ selection: { cards: ['c2'], links: [] } }));
    await paint();
    // The targets are listed once the list is used.
    expect(screen.getByLabelText('Link to').querySelectorAll('option')).toHaveLength(1);
    fireEvent.focus(screen.getByLabelText('Link to'));
    fireEvent.change(screen.getByLabelText('Link to'), { target: { value: 'c1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(Object.values(editor.theory.links).map((l) => `${l.from}>${l.to}`)).toEqual(['c1>c2', 'c2>c1']);
    // The button goes disabled; the keyboard stays on the list instead of falling to the page.
    expect(document.activeElement).toBe(screen.getByLabelText('Link to'));
  });
});
