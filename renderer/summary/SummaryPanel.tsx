import { useMemo } from 'react';
import { translator } from '../../shared/i18n/core';
import { workshopStrings } from '../../shared/i18n/workshop';
import { summarise } from '../../shared/summary';
import { goToCard } from '../actions/focus';
import { useActions } from '../actions/useActions';
import { useTheory, useUi } from '../state/services';
import { SummaryBoxes } from './SummaryBoxes';

/** The one-page summary beside the full model: every stage in one column, each card one line. */
export function SummaryPanel() {
  const open = useUi((s) => s.summaryOpen);
  const language = useUi((s) => s.language);
  const theory = useTheory();
  const actions = useActions();
  const summary = useMemo(() => summarise(theory), [theory]);
  if (!open) return null;
  const w = translator(workshopStrings, language);
  return (
    <aside className="summary-panel" aria-labelledby="summary-heading">
      <div className="summary-panel-head">
        <h2 id="summary-heading">{w('summary')}</h2>
        <button type="button" className="summary-close" aria-label={w('summaryClose')} title={w('summaryClose')} onClick={() => actions.run('workshop.summary')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <SummaryBoxes summary={summary} language={language} onPick={(id) => goToCard(actions.ctx, id)} />
    </aside>
  );
}
