import { useMemo } from 'react';
import { traceThrough, type Trace } from '../../shared/trace';
import { useTheory, useUi } from '../state/services';

/** In trace mode, the paths through the selected cards; null when trace mode is off or nothing is selected. */
export function useTrace(): Trace | null {
  const theory = useTheory();
  const traceOn = useUi((s) => s.traceOn);
  const cards = useUi((s) => s.selection.cards);
  return useMemo(() => (traceOn && cards.length > 0 ? traceThrough(theory, cards) : null), [theory, traceOn, cards]);
}
