import { STAGES, stageIndex, type Card, type Position, type StageKey, type Theory } from './model';

/**
 * Geometry of the stage lanes, shared by the canvas, the file loader (cards without a
 * position) and the PDF diagram so that all three agree where a stage is.
 */
export const LANE_WIDTH = 300;
export const LANE_GAP = 24;
export const CARD_WIDTH = 240;
export const CARD_HEIGHT = 96;
export const CARD_GAP_Y = 24;
export const LANE_TOP = 112;
export const LANE_PADDING_X = (LANE_WIDTH - CARD_WIDTH) / 2;

export function laneLeft(stage: StageKey): number {
  return stageIndex(stage) * (LANE_WIDTH + LANE_GAP);
}

/** The stage whose lane contains x (a card's centre); clamps to the first/last lane. */
export function stageAtX(x: number): StageKey {
  const i = Math.floor((x + LANE_GAP / 2) / (LANE_WIDTH + LANE_GAP));
  return STAGES[Math.max(0, Math.min(STAGES.length - 1, i))]!;
}

/** The lane drawn at a canvas point (lanes are `height` tall from y = 0), or null between and below lanes. */
export function laneAtPoint(point: Position, height: number): StageKey | null {
  if (point.y < 0 || point.y > height) return null;
  return STAGES.find((stage) => point.x >= laneLeft(stage) && point.x <= laneLeft(stage) + LANE_WIDTH) ?? null;
}

export function cardCentreX(position: Position): number {
  return position.x + CARD_WIDTH / 2;
}

/** The x at which a card sits in its lane. */
export function laneCardX(stage: StageKey): number {
  return laneLeft(stage) + LANE_PADDING_X;
}

/** A free slot at the bottom of a stage's lane. */
export function nextSlotInLane(theory: Pick<Theory, 'cards'>, stage: StageKey, extra: Card[] = []): Position {
  let bottom = LANE_TOP - CARD_GAP_Y;
  for (const card of [...Object.values(theory.cards), ...extra]) {
    if (card.stage === stage) bottom = Math.max(bottom, card.position.y + CARD_HEIGHT);
  }
  return { x: laneCardX(stage), y: bottom + CARD_GAP_Y };
}

/** Keep a card's x inside its stage lane when its stage changes by other means than a drag. */
export function positionInLane(position: Position, stage: StageKey): Position {
  if (stageAtX(cardCentreX(position)) === stage) return position;
  return { x: laneCardX(stage), y: position.y };
}

/** The first free slot in a lane at or below `y`: where a card added next to another goes. */
export function freeSlotNear(theory: Pick<Theory, 'cards'>, stage: StageKey, y: number): Position {
  const taken = Object.values(theory.cards)
    .filter((c) => c.stage === stage)
    .map((c) => c.position.y)
    .sort((a, b) => a - b);
  let top = y;
  for (const other of taken) {
    if (other + CARD_HEIGHT + CARD_GAP_Y > top && other < top + CARD_HEIGHT + CARD_GAP_Y) top = other + CARD_HEIGHT + CARD_GAP_Y;
  }
  return { x: laneCardX(stage), y: top };
}
