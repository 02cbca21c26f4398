import { useCallback } from 'react';
import type { StageKey } from '../../shared/model';
import { useActions } from '../actions/useActions';

/** Add a card to a stage (at a screen point, or at the bottom of the lane) and edit its title: the registry's card.newIn.<stage>. */
export function useCardAdder() {
  const actions = useActions();
  return useCallback((stage: StageKey, screenPoint?: { x: number; y: number }) => void actions.run(`card.newIn.${stage}`, screenPoint), [actions]);
}
