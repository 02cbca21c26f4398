// @vitest-environment happy-dom
import './setup';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../renderer/inspector/Inspector';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { renderWithServices } from './render';
import { renderCanvas, useCanvasSize } from './canvasSize';

afterEach(cleanup);

useCanvasSize();

/** An outcome tagged intrapersonal, rungs 4 and 5, with an indicator measured at 3.1 (baseline) and 3.4, target 3.8. */
function measured() {
  const e = new Editor(emptyDocument('en'));
  e.run('addCard', { stage: 'outcome', title: 'Self-confidence' });
  e.run('addCard', { stage: 'outcome', title: 'Network' });
  e.run('updateCard', { id: 'c1', changes: { empowerment: ['intrapersonal'], rungs: ['5', '4'] } });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'MPE intrapsychic', target: '3.8', targetDate: '2026' } });
  e.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2025-01', value: '3,1', kind: 'baseline' } });
  e.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2025-06', value: '3.4' } });
  return e.document;
}

const card = (id: string) => document.querySelector<HTMLElement>(`.card-node[data-card-id="${id}"]`)!;

describe('research marks on canvas cards (#11)', () => {
  it('shows the research tags and a progress mark that follows the measurements', async () => {
    const { editor } = await renderCanvas({ doc: measured() });
    expect(card('c1').querySelector('.empowerment-badge')?.textContent).toBe('Intra Empowerment components: Intrapersonal');
    expect(card('c1').querySelector('.rung-badge [aria-hidden]')?.textContent).toBe('R4–5');
    expect(card('c1').querySelector('.card-progress')?.getAttribute('data-progress')).toBe('toward');
    expect(card('c1').textContent).toContain('Indicators moving toward their target');
    // A card without tags or measurements has neither.
    expect(card('c2').querySelector('.research-badges, .card-progress')).toBeNull();

    // A later measurement below the baseline: away from the target.
    await act(async () => void editor.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2025-12', value: '2.9' } }));
    expect(card('c1').querySelector('.card-progress')?.getAttribute('data-progress')).toBe('away');
    expect(card('c1').querySelector('.card-progress [aria-hidden]')?.textContent).toBe('▼');
    await act(async () => void editor.undo());
    expect(card('c1').querySelector('.card-progress')?.getAttribute('data-progress')).toBe('toward');
    await act(async () => void editor.run('deleteMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurementId: 'c1-i1-m2' }));
    // The baseline alone: nothing moved yet, no mark.
    expect(card('c1').querySelector('.card-progress')).toBeNull();
  });
});

describe('the series chart in the inspector (#11)', () => {
  it('draws the baseline as a square, follow-ups as dots, the target line, and names the chart with a summary', () => {
    renderWithServices(<Inspector />, { doc: measured(), ui: { selection: { cards: ['c1'], links: [] } } });
    const chart = screen.getByRole('img', { name: /^Measurements of MPE intrapsychic/ });
    expect(chart.querySelector('title')?.textContent).toBe('Measurements of MPE intrapsychic');
    expect(chart.querySelector('desc')?.textContent).toMatch(/baseline 3\.1 \(2025-01\).*latest 3\.4 \(2025-06\).*target 3\.8 \(2026\).*toward target/);
    expect(chart.querySelectorAll('rect.chart-point.is-baseline')).toHaveLength(1);
    expect(chart.querySelectorAll('circle.chart-point')).toHaveLength(1);
    expect(chart.querySelector('.chart-target line')).toBeTruthy();
    expect(chart.querySelector('.chart-target text')?.textContent).toBe('Target 3.8 (2026)');
    // The values, in time order, as a table for screen readers.
    const rows = [...document.querySelectorAll('.series-chart table tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([['2025-01', '3,1', '', 'Baseline'], ['2025-06', '3.4', '', 'Follow-up']]);
  });

  it('has no chart without measurements, and says so when none can be plotted', () => {
    const e = new Editor(measured());
    e.run('deleteMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurementId: 'c1-i1-m1' });
    e.run('updateMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurementId: 'c1-i1-m2', changes: { value: 'goed' } });
    renderWithServices(<Inspector />, { doc: e.document, ui: { selection: { cards: ['c1'], links: [] } } });
    expect(screen.queryByRole('img', { name: /^Measurements of/ })).toBeNull();
    expect(screen.getByText('No measurements with a number and a date yet.')).toBeTruthy();
  });
});
