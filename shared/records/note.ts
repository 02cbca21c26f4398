import { defineRecord, field, type RecordOf } from './define';
import { positionRecord } from './position';

/**
 * A sticky note on the canvas: the workshop's parking lot, for what the room says that is
 * not (yet) part of the chain. Kept in the file with the theory, drawn on the canvas beside
 * the lanes, never linked, never checked, and left out of the report unless asked for.
 */
export const noteRecord = defineRecord({
  type: 'note',
  label: { nl: 'Plakbriefje', en: 'Sticky note' },
  fields: {
    id: field.id(),
    text: field.text({ label: { nl: 'Tekst', en: 'Text' } }),
    /** The note's top-left corner on the canvas (canvas units, as a card's). */
    position: field.struct(positionRecord, { default: () => ({ x: 0, y: 0 }), shown: 'canvas' }),
    /**
     * In a generic theory: the organisation whose theory the note came from (one of the
     * theory's organisations), shown as its badge on the note, as a card's origins are.
     */
    organisation: field.id({ omitDefault: true, shown: 'canvas', label: { nl: 'Organisatie', en: 'Organisation' } }),
  },
});
export type Note = RecordOf<typeof noteRecord>;
