import { defineRecord, field, type RecordOf } from './define';

/** Where a card is drawn on the canvas (canvas units; a card's top-left corner). */
export const positionRecord = defineRecord({
  type: 'position',
  label: { nl: 'Positie', en: 'Position' },
  fields: {
    x: field.number({ required: true, shown: 'canvas' }),
    y: field.number({ required: true, shown: 'canvas' }),
  },
});
export type Position = RecordOf<typeof positionRecord>;
