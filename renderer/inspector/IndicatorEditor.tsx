import { memo } from 'react';
import type { Card, Id } from '../../shared/model';
import { indicatorRecord } from '../../shared/records';
import { labelOf, type AnyField } from '../../shared/records/define';
import type { IndicatorChanges } from '../../shared/commands';
import { useServices, useT, useLanguage } from '../state/services';
import { Field } from './Field';
import { ActionButton } from '../actions/ActionButton';
import { InstrumentSelect } from './InstrumentSelect';
import { MeasurementEditor } from './MeasurementEditor';
import { SeriesChart } from './SeriesChart';

/** The indicator's text fields, in declaration order: a new one shows up here by itself. */
const FIELDS = indicatorRecord.keys.filter((key) => {
  const f = indicatorRecord.fields[key] as AnyField;
  // The factor is chosen with the instrument (InstrumentSelect).
  return f.shown === 'inspector' && f.kind === 'text' && key !== 'factor' && key !== 'instrument';
}) as (keyof IndicatorChanges & string)[];

/** Indicators as funders ask for them: one small form per indicator. Re-renders when the card's indicators change. */
export const IndicatorEditor = memo(function IndicatorEditor({ cardId, indicators }: { cardId: Id; indicators: Card['indicators'] }) {
  const { editor } = useServices();
  const t = useT();
  const language = useLanguage();
  return (
    <section className="indicators" aria-label={t('indicators')}>
      <h3>{t('indicators')}</h3>
      {indicators.length === 0 && <p className="muted">{t('noIndicators')}</p>}
      {indicators.map((indicator, n) => (
        <fieldset key={indicator.id} className="indicator" data-indicator-id={indicator.id}>
          <legend>{indicator.name.trim() || t('indicatorN', { n: n + 1 })}</legend>
          <div className="indicator-grid">
            {FIELDS.map((field) => (
              <Field
                key={field}
                label={labelOf(indicatorRecord, field, language)}
                value={String(indicator[field] ?? '')}
                onChange={(value) =>
                  editor.run(
                    'updateIndicator',
                    { cardId, indicatorId: indicator.id, changes: { [field]: value } }
                  )
                }
              />
            ))}
          </div>
          <InstrumentSelect indicator={indicator} onChange={(changes) => editor.run('updateIndicator', { cardId, indicatorId: indicator.id, changes })} />
          <SeriesChart indicator={indicator} name={indicator.name.trim() || t('indicatorN', { n: n + 1 })} />
          <MeasurementEditor cardId={cardId} indicator={indicator} indicatorName={indicator.name.trim() || t('indicatorN', { n: n + 1 })} />
          <ActionButton id="indicator.delete" className="link-button danger" value={indicator.id} detail={indicator.name.trim() || t('indicatorN', { n: n + 1 })} />
        </fieldset>
      ))}
      <ActionButton id="card.addIndicator">
        <span aria-hidden="true">+</span> {t('addIndicator')}
      </ActionButton>
    </section>
  );
});
