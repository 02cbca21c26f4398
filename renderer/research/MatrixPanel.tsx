import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { translator } from '../../shared/i18n/core';
import { researchStrings } from '../../shared/i18n/research';
import { computeMatrix, matrixColumnLabel, matrixRowLabel, MATRIX_AXES, type MatrixAxis, type MatrixCell } from '../../shared/matrix';
import { useServices, useTheoryWhile, useUi, useLanguage } from '../state/services';
import { MatrixCellButton } from './MatrixCellButton';
import { SidePanel } from '../panels/SidePanel';

/**
 * The research matrix beside the canvas (#11): AIO element × empowerment component, rung or
 * dimension. Each cell lists its cards and selects them on the canvas; an empty cell is a
 * gap and says so in words and in its hatched look (readable in black and white). Closed,
 * it neither listens to the document nor works anything out.
 */
export function MatrixPanel() {
  const open = useUi((s) => s.matrixOpen);
  const language = useLanguage();
  const theory = useTheoryWhile(open);
  const { ui } = useServices();
  const flow = useReactFlow();
  const [axis, setAxis] = useState<MatrixAxis>('empowerment');
  const [outcomesOnly, setOutcomesOnly] = useState(false);
  const matrix = useMemo(() => (theory ? computeMatrix(theory, axis, { stages: outcomesOnly ? ['outcome'] : [] }) : null), [theory, axis, outcomesOnly]);
  if (!open || !theory || !matrix) return null;
  const r = translator(researchStrings, language);
  const axisName = r(`axis_${axis}`);
  const choose = (cell: MatrixCell) => {
    ui.set({ selection: { cards: cell.cards, links: [] } });
    if (cell.cards.length > 0) void flow.fitView({ nodes: cell.cards.map((id) => ({ id })), padding: 0.4, duration: 250, maxZoom: 1.2 });
  };
  const tagged = matrix.cells.some((row) => row.some((c) => c.cards.length > 0));
  return (
    <SidePanel name="matrix" title={r('matrix')} closeLabel={r('matrixClose')} closeAction="view.matrix">
      <div className="matrix-options">
        <label>
          {r('matrixAxis')}{' '}
          <select value={axis} onChange={(e) => setAxis(e.target.value as MatrixAxis)}>
            {MATRIX_AXES.map((a) => (
              <option key={a} value={a}>
                {r(`axis_${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {r('matrixStages')}{' '}
          <select value={outcomesOnly ? 'outcome' : 'all'} onChange={(e) => setOutcomesOnly(e.target.value === 'outcome')}>
            <option value="all">{r('stagesAll')}</option>
            <option value="outcome">{r('stagesOutcome')}</option>
          </select>
        </label>
      </div>
      {!tagged && <p className="muted">{r('matrixEmpty', { axis: axisName.toLowerCase() })}</p>}
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">{r('matrixCorner')}</th>
            {matrix.columns.map((column) => (
              <th key={column} scope="col">
                {matrixColumnLabel(theory, axis, column, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.cells.map((row, i) => (
            <tr key={matrix.rows[i]}>
              <th scope="row">{matrixRowLabel(matrix.rows[i]!, language)}</th>
              {row.map((cell) => (
                <td key={cell.column}>
                  <MatrixCellButton
                    cell={cell}
                    titles={cell.cards.map((id) => theory.cards[id]?.title || id)}
                    label={r(cell.cards.length === 0 ? 'matrixCellGap' : cell.cards.length === 1 ? 'matrixCellOne' : 'matrixCellLabel', {
                      row: matrixRowLabel(cell.row, language),
                      column: matrixColumnLabel(theory, axis, cell.column, language),
                      n: cell.cards.length,
                    })}
                    gapText={r('matrixGap')}
                    onChoose={choose}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="matrix-notes muted">
        {matrix.gaps.length === 0 ? r('matrixGapsNone') : r('matrixGaps', { n: matrix.gaps.length })}
        {matrix.noRow.length > 0 && <> · {r('matrixNoRow', { n: matrix.noRow.length })}</>}
        {matrix.noColumn.length > 0 && <> · {r('matrixNoColumn', { axis: axisName.toLowerCase(), n: matrix.noColumn.length })}</>}
      </p>
    </SidePanel>
  );
}
