// @vitest-environment happy-dom
import './setup';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dialogs } from '../../renderer/dialogs/Dialogs';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithServices } from './render';

afterEach(cleanup);

function theory() {
  const e = new Editor(emptyDocument('nl'));
  e.run('addCard', { stage: 'outcome', title: 'Zelfvertrouwen' });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'MPE intrapsychisch' } });
  return e.document;
}

const csv = (text: string) => [{ name: 'metingen.csv', bytes: new TextEncoder().encode(text) }];
const series = (editor: Editor) => editor.theory.cards.c1!.indicators[0]!.measurements.map((m) => [m.date, m.value, m.n, m.kind]);

describe('File ▸ Import measurements… (#11)', () => {
  it('applies a file without bad rows at once, as one undo step, and says how many', async () => {
    const { editor, ui, platform, actions } = renderWithServices(<Dialogs />, { doc: theory(), ui: { language: 'nl' } });
    platform.nextImport = csv('indicator;datum;waarde;n;soort\nMPE intrapsychisch;2025-01;3,1;14;nulmeting\nmpe  intrapsychisch;2025-06;3,4;12;\n');
    await act(async () => void actions.run('measurement.import'));
    // The readers load on first use (a chunk of their own in the app).
    await waitFor(() => expect(series(editor)).toEqual([['2025-01', '3.1', 14, 'baseline'], ['2025-06', '3.4', 12, 'followUp']]), { timeout: 15_000 });
    expect(ui.get().toast).toBe('2 metingen geïmporteerd uit metingen.csv.');
    expect(ui.get().dialog).toBeNull();
    act(() => void editor.undo());
    expect(series(editor)).toEqual([]);
  });

  it('names each bad row (row, column, why) in the UI language and imports nothing, unless the good rows are chosen', async () => {
    const { editor, platform, actions } = renderWithServices(<Dialogs />, { doc: theory(), ui: { language: 'en' } });
    const file = 'indicator,date,value\nMPE intrapsychisch,2025-01,3.1\nNobody,2025-02,3\nMPE intrapsychisch,someday,3.3\n';
    platform.nextImport = csv(file);
    await act(async () => void actions.run('measurement.import'));
    const dialog = await screen.findByRole('dialog', { name: 'Import measurements: metingen.csv' }, { timeout: 15_000 });
    expect(dialog.textContent).toContain('2 of the 3 rows cannot be read. Nothing has been imported yet.');
    const problems = [...dialog.querySelectorAll('li')].map((li) => li.textContent);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^metingen\.csv:3:1: row 3, column A \("indicator"\): /);
    expect(problems[1]).toMatch(/^metingen\.csv:4:2: row 4, column B \("date"\): /);
    expect(series(editor)).toEqual([]);
    // Import nothing (the default button, and Escape) leaves the theory as it was.
    fireEvent.click(screen.getByRole('button', { name: 'Import nothing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(series(editor)).toEqual([]);
    expect(editor.historySize.undo).toBe(0);

    platform.nextImport = csv(file);
    await act(async () => void actions.run('measurement.import'));
    fireEvent.click(await screen.findByRole('button', { name: 'Import the good row, skip the others' }));
    expect(series(editor)).toEqual([['2025-01', '3.1', 0, 'followUp']]);
    expect(editor.historySize.undo).toBe(1);
  });

  it('a file that cannot be read at all says why, with nothing to choose', async () => {
    const { editor, platform, actions } = renderWithServices(<Dialogs />, { doc: theory(), ui: { language: 'nl' } });
    platform.nextImport = csv('kaart;titel\nZelfvertrouwen;x\n');
    await act(async () => void actions.run('measurement.import'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 });
    expect(dialog.textContent).toContain('Metingen uit metingen.csv kunnen niet worden geïmporteerd.');
    expect(dialog.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /goede rij/ })).toBeNull();
    expect(editor.historySize.undo).toBe(0);
  });
});
