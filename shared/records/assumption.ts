import { defineRecord, field, type RecordOf } from './define';
import { ASSUMPTION_KINDS, ASSUMPTION_STATUSES } from './vocabulary';
import { ASSUMPTION_KIND_LABELS, ASSUMPTION_STATUS_LABELS } from '../i18n/domain';

export const assumptionRecord = defineRecord({
  type: 'assumption',
  label: { nl: 'Aanname', en: 'Assumption' },
  fields: {
    id: field.id({ required: true }),
    text: field.text({ label: { nl: 'Aanname', en: 'Assumption' } }),
    status: field.oneOf(ASSUMPTION_STATUSES, { initial: 'untested', valueLabels: ASSUMPTION_STATUS_LABELS, label: { nl: 'Status', en: 'Status' } }),
    kind: field.oneOf(ASSUMPTION_KINDS, { initial: 'assumption', valueLabels: ASSUMPTION_KIND_LABELS, label: { nl: 'Soort', en: 'Kind' } }),
  },
});
export type Assumption = RecordOf<typeof assumptionRecord>;
