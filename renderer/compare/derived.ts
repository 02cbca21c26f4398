import { proposeMatches, type Proposal } from '../../shared/compare/match';
import { compareTheories, type ComparedItem, type Comparison } from '../../shared/compare/model';
import type { TheoryComparisonState } from '../state/uiStore';

/**
 * The comparison view's proposal and comparison, derived from its theories and the user's
 * decisions (never stored beside them), kept for the last pair asked so the list, the
 * detail and the actions read one result.
 */
export interface DerivedComparison {
  proposal: Proposal;
  comparison: Comparison;
  byId: Map<string, ComparedItem>;
}

let last: { inputs: object; decisions: object; result: DerivedComparison } | null = null;

export function derivedComparison(state: Pick<TheoryComparisonState, 'inputs' | 'decisions'>): DerivedComparison {
  if (last && last.inputs === state.inputs && last.decisions === state.decisions) return last.result;
  const proposal = proposeMatches(state.inputs, state.decisions);
  const comparison = compareTheories(state.inputs, proposal.groups);
  const result = { proposal, comparison, byId: new Map(comparison.items.map((i) => [i.id, i])) };
  last = { inputs: state.inputs, decisions: state.decisions, result };
  return result;
}

/** After a decision the items are new: the one holding the same first card is still the one in focus. */
export function followSelection(before: ComparedItem | undefined, after: DerivedComparison): string | null {
  if (!before) return after.comparison.items[0]?.id ?? null;
  const card = before.cards[0]!;
  const found = after.comparison.items.find((i) => i.cards.some((c) => c.theory === card.theory && c.card === card.card));
  return found?.id ?? after.comparison.items[0]?.id ?? null;
}
