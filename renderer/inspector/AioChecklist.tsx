import { memo } from 'react';
import { AIO_KEYS, type Card, type Id } from '../../shared/model';
import { AIO_LABELS, AIO_MARKS } from '../../shared/i18n/domain';
import { cardRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import { useServices, useLanguage } from '../state/services';

/** A card's AIO elements as checkboxes; re-renders when they change, not on every edit of the card. */
export const AioChecklist = memo(function AioChecklist({ cardId, aio }: { cardId: Id; aio: Card['aio'] }) {
  const { editor } = useServices();
  const language = useLanguage();
  return (
    <fieldset className="field aio-fieldset">
      <legend>{labelOf(cardRecord, 'aio', language)}</legend>
      {AIO_KEYS.map((key) => (
        <label key={key} className="checkbox">
          <input type="checkbox" checked={aio.includes(key)} onChange={() => editor.run('toggleAio', { ids: [cardId], key })} />
          <span className={`aio-badge aio-${key}`} aria-hidden="true">
            {AIO_MARKS[key]}
          </span>
          {AIO_LABELS[language][key]}
        </label>
      ))}
    </fieldset>
  );
});
