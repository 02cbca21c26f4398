// @vitest-environment happy-dom
import './setup';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MatrixPanel } from '../../renderer/research/MatrixPanel';
import { templateByName } from '../../shared/templates';
import { renderWithServices } from './render';

afterEach(cleanup);

describe('the research matrix panel', () => {
  it('shows AIO × component with each cell’s cards; a gap says so; choosing a cell selects its cards', () => {
    const doc = templateByName('kdg-aio')!.create('en');
    const { ui } = renderWithServices(<MatrixPanel />, { doc, ui: { matrixOpen: true } });
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['AIO element', 'Intrapersonal', 'Interactional', 'Behavioural']);
    const cells = [...table.querySelectorAll<HTMLButtonElement>('.matrix-cell')];
    expect(cells).toHaveLength(9);
    const filled = cells.filter((c) => !c.classList.contains('is-gap'));
    expect(filled.length).toBeGreaterThan(0);
    const cell = filled[0]!;
    const ids = Object.values(doc.theory.cards)
      .filter((c) => c.aio.includes(cell.dataset.row as never) && c.empowerment.includes(cell.dataset.column as never))
      .map((c) => c.id);
    fireEvent.click(cell);
    expect([...ui.get().selection.cards].sort()).toEqual(ids.sort());
    for (const gap of cells.filter((c) => c.classList.contains('is-gap'))) {
      expect(gap.textContent).toBe('empty');
      expect(gap.getAttribute('aria-label')).toMatch(/: no cards$/);
    }
  });

  it('switches to rungs, named in the theory’s ladder, and to outcomes only', () => {
    const doc = templateByName('ijmond-groepen')!.create('nl');
    renderWithServices(<MatrixPanel />, { doc, ui: { matrixOpen: true, language: 'nl' } });
    const [axis, stages] = screen.getAllByRole('combobox') as HTMLSelectElement[];
    fireEvent.change(axis!, { target: { value: 'rungs' } });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers[3]).toBe('Trede 3 · Deelname aan georganiseerde activiteiten');
    const rung3 = () => [...document.querySelectorAll<HTMLButtonElement>('.matrix-cell[data-column="3"]')].filter((c) => !c.classList.contains('is-gap'));
    expect(rung3().length).toBeGreaterThan(0);
    fireEvent.change(stages!, { target: { value: 'outcome' } });
    // No outcome of the IJmond template names rung 3 (the check rung-no-outcome says so too).
    expect(rung3()).toEqual([]);
  });

  it('is not there while closed', () => {
    renderWithServices(<MatrixPanel />);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
