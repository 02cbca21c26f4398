import { defineRecord, field, type RecordOf } from './define';
import { indicatorRecord } from './indicator';
import { MODEL_LIMITS } from './limits';
import { positionRecord } from './position';
import { AIO_KEYS, STAGES } from './vocabulary';
import { AIO_LABELS, STAGE_LABELS } from '../i18n/domain';
import { cardOriginRecord } from './organisation';
import { fieldAdded } from './added';

export const cardRecord = defineRecord({
  type: 'card',
  label: { nl: 'Kaart', en: 'Card' },
  fields: {
    id: field.id({ required: true }),
    stage: field.oneOf(STAGES, { required: true, label: { nl: 'Fase', en: 'Stage' }, valueLabels: STAGE_LABELS }),
    title: field.text({ required: true, label: { nl: 'Titel', en: 'Title' } }),
    description: field.text({ label: { nl: 'Beschrijving', en: 'Description' } }),
    aio: field.list(AIO_KEYS, { max: MODEL_LIMITS.aioPerCard, unique: true, label: { nl: 'AIO-elementen', en: 'AIO elements' }, valueLabels: AIO_LABELS }),
    /** Left out in a file: the loader places the card at the bottom of its stage's lane. */
    position: field.struct(positionRecord, { default: () => ({ x: 0, y: 0 }), shown: 'canvas' }),
    indicators: field.nested(indicatorRecord, {
      max: MODEL_LIMITS.indicatorsPerCard,
      idPrefix: (cardId) => `${cardId}-i`,
      label: { nl: 'Indicatoren', en: 'Indicators' },
    }),
    notes: field.text({ label: { nl: 'Notities', en: 'Notes' } }),
    /** In a generic theory: the organisations' cards this card was merged from. */
    origins: field.nested(cardOriginRecord, {
      max: MODEL_LIMITS.organisations,
      idPrefix: (cardId) => `${cardId}-o`,
      omitDefault: true,
      label: { nl: 'Herkomst', en: 'Origins' },
    }),
  },
  migrations: [fieldAdded(2, 'origins', 'where a card of a generic theory came from')],
});
export type Card = RecordOf<typeof cardRecord>;
