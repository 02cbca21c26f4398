// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../renderer/inspector/Inspector';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithServices } from './render';

afterEach(cleanup);

function docWithIndicator() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'outcome', title: 'Self-confidence' });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'MPE intrapsychic' } });
  return e.document;
}

const measurements = (editor: Editor) => editor.theory.cards.c1!.indicators[0]!.measurements;
const row = (id: string) => document.querySelector<HTMLElement>(`[data-measurement-id="${id}"]`)!;

describe('measurement editor (inspector)', () => {
  it('adds a baseline then follow-ups, the keyboard landing in the new row’s first field; each field edit is one undo step', async () => {
    const { editor } = renderWithServices(<Inspector />, { doc: docWithIndicator(), ui: { selection: { cards: ['c1'], links: [] } } });
    expect(screen.getByText('No measurements yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add measurement: MPE intrapsychic' }));
    expect(measurements(editor).map((m) => [m.id, m.kind])).toEqual([['c1-i1-m1', 'baseline']]);
    // The first field of the new row (its date) takes the keyboard.
    await waitFor(() => expect(document.activeElement).toBe(within(row('c1-i1-m1')).getByLabelText('Date or period')));

    const first = within(row('c1-i1-m1'));
    for (const value of ['2', '20', '2025-01']) fireEvent.change(first.getByLabelText('Date or period'), { target: { value } });
    fireEvent.blur(first.getByLabelText('Date or period'));
    fireEvent.change(first.getByLabelText('Value'), { target: { value: '3.1' } });
    fireEvent.blur(first.getByLabelText('Value'));
    fireEvent.change(first.getByLabelText('Respondents (n)'), { target: { value: '14' } });
    fireEvent.blur(first.getByLabelText('Respondents (n)'));
    fireEvent.change(first.getByLabelText('Note'), { target: { value: 'intake' } });
    fireEvent.blur(first.getByLabelText('Note'));
    expect(measurements(editor)[0]).toMatchObject({ date: '2025-01', value: '3.1', n: 14, note: 'intake', kind: 'baseline' });
    // Its legend names it by its date and as the baseline.
    expect(within(row('c1-i1-m1')).getByText('Measurement 1: 2025-01 (Baseline)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Add measurement: MPE intrapsychic' }));
    expect(measurements(editor).map((m) => m.kind)).toEqual(['baseline', 'followUp']);
    await waitFor(() => expect(document.activeElement).toBe(within(row('c1-i1-m2')).getByLabelText('Date or period')));

    // Undo takes back one field at a time: the second row, then the note, then n, then the value, then the whole date.
    act(() => void editor.undo());
    expect(measurements(editor)).toHaveLength(1);
    act(() => void editor.undo());
    expect(measurements(editor)[0]!.note).toBe('');
    act(() => void editor.undo());
    expect(measurements(editor)[0]!.n).toBe(0);
    expect((within(row('c1-i1-m1')).getByLabelText('Respondents (n)') as HTMLInputElement).value).toBe('');
    act(() => void editor.undo());
    expect(measurements(editor)[0]!.value).toBe('');
    act(() => void editor.undo());
    expect(measurements(editor)[0]!.date).toBe('');
  });

  it('makes a follow-up the baseline (the old one becomes a follow-up) and removes a row, the keyboard going to the next', async () => {
    const e = new Editor(docWithIndicator());
    for (const [date, value] of [['2025-01', '3.1'], ['2025-06', '3.4'], ['2025-12', '3.6']]) {
      e.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date, value, kind: date === '2025-01' ? 'baseline' : 'followUp' } });
    }
    const { editor } = renderWithServices(<Inspector />, { doc: e.document, ui: { selection: { cards: ['c1'], links: [] } } });
    fireEvent.change(within(row('c1-i1-m2')).getByLabelText('Kind of measurement'), { target: { value: 'baseline' } });
    expect(measurements(editor).map((m) => m.kind)).toEqual(['followUp', 'baseline', 'followUp']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove measurement: Measurement 2: 2025-06 (Baseline)' }));
    expect(measurements(editor).map((m) => m.date)).toEqual(['2025-01', '2025-12']);
    await waitFor(() => expect(document.activeElement).toBe(within(row('c1-i1-m3')).getByLabelText('Date or period')));
    fireEvent.click(screen.getByRole('button', { name: 'Remove measurement: Measurement 2: 2025-12' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove measurement: Measurement 1: 2025-01' }));
    expect(measurements(editor)).toEqual([]);
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.action).toBe('measurement.add'));
  });

  it('labels each field from the declaration in the UI language', () => {
    const e = new Editor(docWithIndicator());
    e.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2025-01', value: '3,1', kind: 'baseline' } });
    renderWithServices(<Inspector />, { doc: e.document, ui: { language: 'nl', selection: { cards: ['c1'], links: [] } } });
    const nl = within(row('c1-i1-m1'));
    for (const label of ['Datum of periode', 'Waarde', 'Aantal respondenten (n)', 'Toelichting', 'Soort meting']) expect(nl.getByLabelText(label)).toBeTruthy();
    expect(nl.getByText('Meting 1: 2025-01 (Nulmeting)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meting toevoegen: MPE intrapsychic' })).toBeTruthy();
  });
});

describe('instruments between theories (inspector)', () => {
  it('copies an instrument from one theory’s library and pastes it into another’s, once', async () => {
    const a = new Editor(emptyDocument('nl'));
    a.run('addInstrument', { preset: 'mpe' });
    a.run('updateInstrument', { id: 'm1', changes: { scale: '1–5' } });
    const first = renderWithServices(<Inspector />, { doc: a.document });
    fireEvent.click(screen.getByRole('button', { name: /^Copy instrument: MPE/ }));
    await waitFor(() => expect(first.ui.get().toast).toMatch(/^MPE \(Meetschaal voor Psychologisch Empowerment\) is on the clipboard/));
    cleanup();

    const { editor, ui } = renderWithServices(<Inspector />, { doc: emptyDocument('en') });
    fireEvent.click(screen.getByRole('button', { name: 'Paste instrument' }));
    await waitFor(() => expect(editor.theory.instruments).toHaveLength(1));
    expect(editor.theory.instruments[0]).toMatchObject({ id: 'm1', abbreviation: 'MPE', scale: '1–5', factors: ['intrapsychisch', 'interpsychisch', 'gedragsmatig'] });
    // The keyboard goes to the pasted instrument's first field.
    await waitFor(() => expect(document.activeElement?.closest('[data-instrument-id="m1"]')).toBeTruthy());
    // A second paste would only split the indicators over two copies: it is refused, with the reason.
    fireEvent.click(screen.getByRole('button', { name: 'Paste instrument' }));
    await waitFor(() => expect(ui.get().toast).toBe('MPE (Meetschaal voor Psychologisch Empowerment) is already among this theory’s instruments.'));
    expect(editor.theory.instruments).toHaveLength(1);
  });
});
