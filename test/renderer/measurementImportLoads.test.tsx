// @vitest-environment happy-dom
import './setup';
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialogs } from '../../renderer/dialogs/Dialogs';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithServices } from './render';

// A CSV of measurements needs no spreadsheet reader: were exceljs loaded on the way, this import would fail.
const loaded = vi.hoisted(() => ({ exceljs: 0 }));
vi.mock('exceljs', () => {
  loaded.exceljs++;
  throw new Error('exceljs was loaded to import a CSV of measurements');
});

afterEach(cleanup);

describe('File ▸ Import measurements… loads only what a CSV needs (#11)', () => {
  it('imports a CSV without loading exceljs', async () => {
    const e = new Editor(emptyDocument('nl'));
    e.run('addCard', { stage: 'outcome', title: 'Zelfvertrouwen' });
    e.run('addIndicator', { cardId: 'c1', indicator: { name: 'MPE intrapsychisch' } });
    const { editor, ui, platform, actions } = renderWithServices(<Dialogs />, { doc: e.document, ui: { language: 'nl' } });
    // Windows-1252 bytes (é = 0xE9): the decoding rule is at work, not just UTF-8.
    platform.nextImport = [{ name: 'metingen.csv', bytes: new Uint8Array([...new TextEncoder().encode('indicator;datum;waarde;notitie\nMPE intrapsychisch;2025-01;3,1;caf'), 0xe9, 0x0a]) }];
    await act(async () => void actions.run('measurement.import'));
    await waitFor(() => expect(editor.theory.cards.c1!.indicators[0]!.measurements.map((m) => [m.value, m.note])).toEqual([['3.1', 'café']]), { timeout: 15_000 });
    expect(ui.get().toast).toMatch(/metingen\.csv/);
    expect(loaded.exceljs).toBe(0);
  });
});
