import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { StageKey } from '../../shared/model';
import { CARD_HEIGHT, laneCardX } from '../../shared/layout';
import { addCardToEdit, revealCard } from './cardFocus';
import { useServices } from '../state/services';

/** Add a card to a stage (at a screen point, or at the bottom of the lane) and edit its title. */
export function useCardAdder() {
  const services = useServices();
  const flow = useReactFlow();
  return useCallback(
    (stage: StageKey, screenPoint?: { x: number; y: number }) => {
      const position = screenPoint
        ? (() => {
            const p = flow.screenToFlowPosition(screenPoint);
            return { x: laneCardX(stage), y: Math.max(56, Math.round((p.y - CARD_HEIGHT / 2) / 16) * 16) };
          })()
        : undefined;
      const id = addCardToEdit(services, () => services.editor.run('addCard', { stage, position }).created[0]);
      if (!id) return;
      const card = services.editor.theory.cards[id];
      if (card) revealCard(flow, card.position);
    },
    [services, flow],
  );
}
