import { useUi } from '../state/services';
import { derivedComparison, type DerivedComparison } from './derived';
import type { TheoryComparisonState } from '../state/uiStore';

/** The comparison view's state and what is derived from it; null when the view is closed. */
export function useComparison(): { state: TheoryComparisonState; derived: DerivedComparison } | null {
  const state = useUi((s) => s.comparison);
  return state ? { state, derived: derivedComparison(state) } : null;
}
