import type { Id, Position, Theory } from '../../shared/model';
import type { Move } from '../../shared/tidyUp';

export const TIDY_ANIMATION_MS = 450;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The positions at time `t` (0…1) of an animation from where cards are to where they go. */
export function framePositions(theory: Pick<Theory, 'cards'>, moves: readonly Move[], t: number): Map<Id, Position> {
  const k = ease(Math.max(0, Math.min(1, t)));
  const out = new Map<Id, Position>();
  for (const { id, position } of moves) {
    const from = theory.cards[id]?.position;
    if (!from) continue;
    out.set(id, { x: Math.round(from.x + (position.x - from.x) * k), y: Math.round(from.y + (position.y - from.y) * k) });
  }
  return out;
}

/**
 * Draw the cards gliding to their new places (the document changes only afterwards, in one
 * step). `show` receives each frame's positions. No animation when the user asks for less
 * motion: the cards are shown at their end positions at once.
 */
export function animateMoves(theory: Pick<Theory, 'cards'>, moves: readonly Move[], show: (positions: ReadonlyMap<Id, Position>) => void, duration = TIDY_ANIMATION_MS): Promise<void> {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (reduced || duration <= 0 || moves.length === 0) {
    show(framePositions(theory, moves, 1));
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const start = performance.now();
    const frame = (now: number) => {
      const t = (now - start) / duration;
      show(framePositions(theory, moves, t));
      if (t < 1) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
}
