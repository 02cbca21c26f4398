import { useMemo } from 'react';
import { translator } from '../../shared/i18n/core';
import { workshopStrings } from '../../shared/i18n/workshop';
import { summarise } from '../../shared/summary';
import { goToCard } from '../actions/focus';
import { useActions } from '../actions/useActions';
import { useTheory, useUi } from '../state/services';
import { SummaryBoxes } from './SummaryBoxes';
import { SidePanel } from '../panels/SidePanel';

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
    <SidePanel name="summary" title={w('summary')} closeLabel={w('summaryClose')} closeAction="workshop.summary">
      <SummaryBoxes summary={summary} language={language} onPick={(id) => goToCard(actions.ctx, id)} />
    </SidePanel>
  );
}
