import { defineRecord, field, type RecordOf } from './define';
import { MODEL_LIMITS } from './limits';

/** Where a card is drawn on the canvas (canvas units; a card's top-left corner). */
export const positionRecord = defineRecord({
  type: 'position',
  label: { nl: 'Positie', en: 'Position' },
  fields: {
    x: field.number({ required: true, shown: 'canvas', bound: MODEL_LIMITS.coordinate }),
    y: field.number({ required: true, shown: 'canvas', bound: MODEL_LIMITS.coordinate }),
  },
});
export type Position = RecordOf<typeof positionRecord>;
