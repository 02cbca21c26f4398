import { EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS, type EmpowermentComponent, type EmpowermentDimension } from '../records/vocabulary';
import type { TheoryInput } from './match';

/**
 * Empowerment coverage of each theory compared, side by side with its AIO coverage
 * (issue #12, once the research tags of #11 landed): how many of its cards carry each
 * empowerment component (Zimmerman) and each dimension (Jacobs et al.), and how many carry
 * neither. Every card counts, whatever its stage; a card with two components counts in both.
 */
export interface EmpowermentCoverage {
  theory: string;
  cards: number;
  components: Record<EmpowermentComponent, number>;
  dimensions: Record<EmpowermentDimension, number>;
  /** Cards with neither a component nor a dimension. */
  untagged: number;
}

export function empowermentCoverage(inputs: readonly TheoryInput[]): EmpowermentCoverage[] {
  return inputs.map((input) => {
    const components = Object.fromEntries(EMPOWERMENT_COMPONENTS.map((k) => [k, 0])) as Record<EmpowermentComponent, number>;
    const dimensions = Object.fromEntries(EMPOWERMENT_DIMENSIONS.map((k) => [k, 0])) as Record<EmpowermentDimension, number>;
    let cards = 0;
    let untagged = 0;
    for (const card of Object.values(input.document.theory.cards)) {
      cards++;
      for (const c of card.empowerment) components[c]++;
      for (const d of card.dimensions) dimensions[d]++;
      if (card.empowerment.length === 0 && card.dimensions.length === 0) untagged++;
    }
    return { theory: input.key, cards, components, dimensions, untagged };
  });
}
