import { useMemo } from 'react';
import { translator } from '../../shared/i18n/core';
import { workshopStrings } from '../../shared/i18n/workshop';
import { summarise } from '../../shared/summary';
import { goToCard } from '../actions/focus';
import { useActions } from '../actions/useActions';
import { useTheoryWhile, useUi, useLanguage } from '../state/services';
import { SummaryBoxes } from './SummaryBoxes';
import { SidePanel } from '../panels/SidePanel';

/**
 * The one-page summary beside the full model: every stage in one column, each card one line.
 * Closed, it neither listens to the document nor works anything out.
 */
export function SummaryPanel() {
  const open = useUi((s) => s.summaryOpen);
  const language = useLanguage();
  const theory = useTheoryWhile(open);
  const actions = useActions();
  const summary = useMemo(() => (theory ? summarise(theory) : null), [theory]);
  if (!open || !summary) return null;
  const w = translator(workshopStrings, language);
  return (
    <SidePanel name="summary" title={w('summary')} closeLabel={w('summaryClose')} closeAction="workshop.summary">
      <SummaryBoxes summary={summary} language={language} onPick={(id) => goToCard(actions.ctx, id)} />
    </SidePanel>
  );
}
