import { defineRecord, field, type RecordOf } from './define';
import { ASSUMPTION_KINDS, ASSUMPTION_STATUSES } from './vocabulary';

export const assumptionRecord = defineRecord({
  type: 'assumption',
  label: { nl: 'Aanname', en: 'Assumption' },
  fields: {
    id: field.id({ required: true }),
    text: field.text({ label: { nl: 'Aanname', en: 'Assumption' } }),
    status: field.oneOf(ASSUMPTION_STATUSES, { initial: 'untested', label: { nl: 'Status', en: 'Status' } }),
    kind: field.oneOf(ASSUMPTION_KINDS, { initial: 'assumption', label: { nl: 'Soort', en: 'Kind' } }),
  },
});
export type Assumption = RecordOf<typeof assumptionRecord>;
