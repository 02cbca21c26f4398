import type { Card, Indicator } from '../../shared/model';
import { useServices, useT } from '../state/services';
import type { UiKey } from '../../shared/i18n/ui';
import { Field } from './Field';
import { ActionButton } from '../actions/ActionButton';

const FIELDS: [keyof Omit<Indicator, 'id' | 'extra'>, UiKey][] = [
  ['name', 'indName'],
  ['definition', 'indDefinition'],
  ['unit', 'indUnit'],
  ['baseline', 'indBaseline'],
  ['target', 'indTarget'],
  ['source', 'indSource'],
  ['frequency', 'indFrequency'],
  ['owner', 'indOwner'],
];

/** Indicators as funders ask for them: one small form per indicator. */
export function IndicatorEditor({ card }: { card: Card }) {
  const { editor } = useServices();
  const t = useT();
  return (
    <section className="indicators" aria-label={t('indicators')}>
      <h3>{t('indicators')}</h3>
      {card.indicators.length === 0 && <p className="muted">{t('noIndicators')}</p>}
      {card.indicators.map((indicator, n) => (
        <fieldset key={indicator.id} className="indicator" data-indicator-id={indicator.id}>
          <legend>{indicator.name.trim() || t('indicatorN', { n: n + 1 })}</legend>
          <div className="indicator-grid">
            {FIELDS.map(([field, label]) => (
              <Field
                key={field}
                label={t(label)}
                value={indicator[field]}
                onChange={(value) =>
                  editor.run(
                    'updateIndicator',
                    { cardId: card.id, indicatorId: indicator.id, changes: { [field]: value } }
                  )
                }
              />
            ))}
          </div>
          <ActionButton id="indicator.delete" className="link-button danger" value={indicator.id} detail={indicator.name.trim() || t('indicatorN', { n: n + 1 })} />
        </fieldset>
      ))}
      <ActionButton id="card.addIndicator">
        <span aria-hidden="true">+</span> {t('addIndicator')}
      </ActionButton>
    </section>
  );
}
