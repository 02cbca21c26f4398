/**
 * Rules of the model, not of the file format: what one theory may hold. The reader refuses
 * a file past them, and the editor must refuse a change past them (the same numbers, from
 * here), or it could save a file it cannot reopen. File-level bounds (bytes, nesting, value
 * count) are in ../format/limits.ts.
 */
export const MODEL_LIMITS = {
  /** Characters in any one text field. */
  text: 100_000,
  cards: 20_000,
  links: 50_000,
  assumptions: 20_000,
  indicatorsPerCard: 200,
  authors: 1_000,
  assumptionsPerLink: 1_000,
  /** AIO tags on one card (three elements; a repeated one is refused by the reader with where it is). */
  aioPerCard: 12,
  /** Organisations a generic theory is merged from, and so origins per card or link. */
  organisations: 100,
  /** Sticky notes on the canvas (the workshop's parking lot). */
  notes: 1_000,
  /**
   * Canvas coordinates (a card's x and y) lie within ±this: 20,000 cards stacked in one lane
   * reach 2.4 million, and far larger numbers (1e308) overflow the canvas's arithmetic to
   * Infinity and NaN, and a blank screen (issue #10, D6).
   */
  coordinate: 10_000_000,
  /** Empowerment components, dimensions or ladder rungs on one card or theory (few values; repeats are dropped on reading). */
  tagsPerList: 24,
  /** Target groups named on one card, or in a theory's own list. */
  targetGroups: 200,
  /** Instruments in a theory's library, factors of one instrument, measurements of one indicator. */
  instruments: 200,
  factorsPerInstrument: 200,
  measurementsPerIndicator: 1_000,
} as const;
