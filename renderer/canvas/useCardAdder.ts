import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { StageKey } from '../../shared/model';
import { CARD_HEIGHT, CARD_WIDTH, laneCardX } from '../../shared/layout';
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
      const [id] = services.editor.run('addCard', { stage, position }).created;
      if (!id) return;
      services.ui.set({ selection: { cards: [id], links: [] }, editingCardId: id, newCardId: id });
      // Bring the new card into view when it landed near or past the edge of the canvas.
      const card = services.editor.theory.cards[id];
      if (card) {
        const { y, zoom } = flow.getViewport();
        const height = document.querySelector('.react-flow')?.clientHeight ?? 800;
        const top = (card.position.y * zoom + y) / height;
        if (top < 0.05 || top > 0.85) void flow.setCenter(card.position.x + CARD_WIDTH / 2, card.position.y + CARD_HEIGHT / 2, { zoom, duration: 200 });
      }
    },
    [services, flow],
  );
}
