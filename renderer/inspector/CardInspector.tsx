import { useId } from 'react';
import { AIO_KEYS, type Card } from '../../shared/model';
import { AIO_LABELS, AIO_MARKS } from '../../shared/i18n/domain';
import { StageOptions } from './StageOptions';
import { useServices, useT, useUi } from '../state/services';
import { cardRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import type { CardChanges } from '../../shared/commands';
import { DeclaredFields } from './DeclaredFields';
import { Field } from './Field';
import { IndicatorEditor } from './IndicatorEditor';
import { CardLinks } from './CardLinks';
import { ActionButton } from '../actions/ActionButton';
import { RESEARCH_FIELDS, ResearchTags } from './ResearchTags';
import { CardOrigins } from '../versions/CardOrigins';

/** Card fields this form shows in places of its own; links are shown by CardLinks. */
const PLACED = ['title', 'description', 'stage', 'aio', 'indicators', 'notes', ...RESEARCH_FIELDS];

export function CardInspector({ card }: { card: Card }) {
  const { editor } = useServices();
  const t = useT();
  const language = useUi((s) => s.language);
  const stageId = useId();
  const label = (field: keyof Card & string) => labelOf(cardRecord, field, language);
  const update = (field: keyof CardChanges) => (value: unknown) => editor.run('updateCard', { id: card.id, changes: { [field]: value } });
  return (
    <div className="inspector-body" aria-label={t('card')}>
      <h2 className={`inspector-title stage-text-${card.stage}`}>{t('card')}</h2>
      <Field label={label('title')} value={card.title} onChange={update('title')} />
      <Field label={label('description')} value={card.description} onChange={update('description')} multiline rows={4} />
      <CardOrigins card={card} />
      <div className="field">
        <label htmlFor={stageId}>{label('stage')}</label>
        <select
          id={stageId}
          value={card.stage}
          onChange={(e) => editor.run('updateCard', { id: card.id, changes: { stage: e.target.value as Card['stage'] } })}
        >
          <StageOptions language={language} />
        </select>
      </div>
      <fieldset className="field aio-fieldset">
        <legend>{label('aio')}</legend>
        {AIO_KEYS.map((key) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              checked={card.aio.includes(key)}
              onChange={() => editor.run('toggleAio', { ids: [card.id], key })}
            />
            <span className={`aio-badge aio-${key}`} aria-hidden="true">
              {AIO_MARKS[key]}
            </span>
            {AIO_LABELS[language][key]}
          </label>
        ))}
      </fieldset>
      <CardLinks card={card} />
      <IndicatorEditor card={card} />
      {/* After the links and indicators: the keyboard reaches those first (Tab from the title). */}
      <ResearchTags card={card} />
      <Field label={label('notes')} value={card.notes} onChange={update('notes')} multiline rows={3} />
      {/* Any other declared field of a card, with its declared label. */}
      <DeclaredFields
        decl={cardRecord}
        record={card}
        placed={PLACED}
        onChange={(key, value) => editor.run('updateCard', { id: card.id, changes: { [key]: value } as CardChanges })}
      />
      <ActionButton id="card.delete" className="danger" />
    </div>
  );
}
