import { useId, useMemo } from 'react';
import type { Indicator } from '../../shared/model';
import { seriesChart } from '../../shared/research/seriesChart';
import { scaleRange } from '../../shared/research/series';
import { translator } from '../../shared/i18n/core';
import { measurementEditorStrings } from '../../shared/i18n/measurementEditor';
import { useTheoryPart, useLanguage } from '../state/services';
import { ChartText } from './ChartText';
import { SeriesTable } from './SeriesTable';

/** Size of the chart in the inspector, px (its viewBox; it scales to the panel's width). */
const WIDTH = 300;
const HEIGHT = 160;
const FONT = 11;

/**
 * An indicator's measured values as a small SVG (issue #11), drawn from the same geometry as
 * the PDF report's chart (shared/research/seriesChart.ts): the baseline a hollow square, the
 * other measurements filled dots, the target a dashed line. Its name and a one-sentence
 * summary are the SVG's title and description; a table beside it (visually hidden) lists
 * every value for screen readers.
 */
export function SeriesChart({ indicator, name }: { indicator: Indicator; name: string }) {
  const language = useLanguage();
  const m = translator(measurementEditorStrings, language);
  const titleId = useId();
  const descId = useId();
  // The instrument's scale alone (a string): an edit elsewhere in the theory re-renders nothing here.
  const scale = useTheoryPart((theory) => theory.instruments.find((i) => i.id === indicator.instrument)?.scale ?? '');
  const chart = useMemo(
    () => seriesChart(indicator, { width: WIDTH, height: HEIGHT, language, fontSize: FONT, range: scaleRange(scale) ?? undefined }),
    [indicator, language, scale],
  );
  if (indicator.measurements.length === 0) return null;
  const { plot, target } = chart;
  return (
    <figure className="series-chart" data-direction={chart.direction}>
      {chart.points.length === 0 ? (
        <p className="muted">{chart.summary}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`} focusable="false">
          <title id={titleId}>{m('chartOf', { name })}</title>
          <desc id={descId}>{chart.summary}</desc>
          <g className="chart-axes">
            <line x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} />
            <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} />
            {chart.yTicks.map((tick) => (
              <line key={`y${tick.value}`} className="chart-grid" x1={plot.left} y1={tick.at} x2={plot.right} y2={tick.at} />
            ))}
            {chart.xTicks.map((tick, i) => (
              <line key={`x${i}`} x1={tick.at} y1={plot.bottom} x2={tick.at} y2={plot.bottom + 3} />
            ))}
          </g>
          <g className="chart-labels" aria-hidden="true">
            {chart.yTicks.map((tick) => tick.label && <ChartText key={`y${tick.value}`} text={tick.label} />)}
            {chart.xTicks.map((tick, i) => tick.label && <ChartText key={`x${i}`} text={tick.label} />)}
          </g>
          {target && (
            <g className="chart-target">
              <line x1={plot.left} y1={target.y} x2={plot.right} y2={target.y} />
              {target.x !== undefined && <line className="chart-target-date" x1={target.x} y1={target.y - 5} x2={target.x} y2={target.y + 5} />}
              <ChartText text={target.label} />
            </g>
          )}
          {chart.line.length > 1 && <polyline className="chart-line" points={chart.line.map((p) => `${p.x},${p.y}`).join(' ')} />}
          <g className="chart-points">
            {chart.points.map((p) =>
              p.baseline ? (
                <rect key={p.measurement.id} className="chart-point is-baseline" data-point-of={p.measurement.id} x={p.x - 4} y={p.y - 4} width={8} height={8} />
              ) : (
                <circle key={p.measurement.id} className="chart-point" data-point-of={p.measurement.id} cx={p.x} cy={p.y} r={3.5} />
              ),
            )}
            {chart.points.map((p) => p.label && <ChartText key={p.measurement.id} text={p.label} className="chart-value" />)}
          </g>
        </svg>
      )}
      <figcaption className="chart-legend" aria-hidden="true">
        <span className="legend-baseline">{m('legendBaseline')}</span>
        <span className="legend-point">{m('legendMeasurement')}</span>
        {target && <span className="legend-target">{m('legendTarget')}</span>}
      </figcaption>
      <SeriesTable indicator={indicator} caption={m('chartOf', { name })} />
    </figure>
  );
}
