import { defineRecord, field, type RecordOf } from './define';
import { indicatorRecord } from './indicator';
import { MODEL_LIMITS } from './limits';
import { positionRecord } from './position';
import { cardOriginRecord } from './organisation';
import { fieldAdded, fieldsAdded } from './added';
import { AIO_KEYS, EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS, LADDER_RUNGS, STAGES } from './vocabulary';
import { AIO_LABELS, DIMENSION_LABELS, EMPOWERMENT_LABELS, RUNG_LABELS, STAGE_LABELS } from '../i18n/domain';

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
    /** Issue #11, file version 3: the research tags. All left out of the file while empty. */
    empowerment: field.list(EMPOWERMENT_COMPONENTS, {
      max: MODEL_LIMITS.tagsPerList,
      unique: true,
      omitDefault: true,
      label: { nl: 'Empowermentcomponenten', en: 'Empowerment components' },
      valueLabels: EMPOWERMENT_LABELS,
    }),
    dimensions: field.list(EMPOWERMENT_DIMENSIONS, {
      max: MODEL_LIMITS.tagsPerList,
      unique: true,
      omitDefault: true,
      label: { nl: 'Empowermentdimensies', en: 'Empowerment dimensions' },
      valueLabels: DIMENSION_LABELS,
    }),
    rungs: field.list(LADDER_RUNGS, {
      max: MODEL_LIMITS.tagsPerList,
      unique: true,
      omitDefault: true,
      label: { nl: 'Treden van de participatieladder', en: 'Participation-ladder rungs' },
      valueLabels: RUNG_LABELS,
    }),
    targetGroups: field.list('text', { max: MODEL_LIMITS.targetGroups, omitDefault: true, label: { nl: 'Doelgroepen', en: 'Target groups' } }),
  },
  migrations: [
    fieldAdded(2, 'origins', 'where a card of a generic theory came from'),
    fieldsAdded(3, ['empowerment', 'dimensions', 'rungs', 'targetGroups'], 'empowerment components and dimensions, ladder rungs and target groups'),
  ],
});
export type Card = RecordOf<typeof cardRecord>;
