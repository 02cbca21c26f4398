import { AIO_KEYS, STAGES, cardsInOrder, type AioKey, type Id, type StageKey, type Theory } from './model';

/**
 * The one-page summary: one box per stage listing its cards in reading order, with the AIO
 * elements the stage covers. The short view beside the full model (domain.md: "no short
 * one-page view beside the full model" is what existing tools get wrong).
 */
export interface SummaryStage {
  stage: StageKey;
  cards: { id: Id; title: string; aio: AioKey[] }[];
  /** AIO elements carried by at least one card of the stage, in the model's order. */
  aio: AioKey[];
}

export function summarise(theory: Theory): SummaryStage[] {
  const ordered = cardsInOrder(theory);
  return STAGES.map((stage) => {
    const cards = ordered.filter((c) => c.stage === stage).map((c) => ({ id: c.id, title: c.title, aio: [...c.aio] }));
    return { stage, cards, aio: AIO_KEYS.filter((key) => cards.some((c) => c.aio.includes(key))) };
  });
}
