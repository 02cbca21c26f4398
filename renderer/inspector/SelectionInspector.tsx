import { AIO_KEYS } from '../../shared/model';
import { AIO_LABELS, AIO_MARKS } from '../../shared/i18n/domain';
import { ActionButton } from '../actions/ActionButton';
import { useT, useUi, useLanguage } from '../state/services';

/** Several items selected: what can be done to all of them at once (AIO tags, delete), from the registry. */
export function SelectionInspector() {
  const t = useT();
  const selection = useUi((s) => s.selection);
  const language = useLanguage();
  const count = selection.cards.length + selection.links.length;
  return (
    <div className="inspector-body">
      <h2 className="inspector-title">{t('multiSelected', { n: count })}</h2>
      {selection.cards.length > 0 && (
        <div className="field" role="group" aria-label={t('aio')}>
          <p className="field-label">{t('aioForSelection', { n: selection.cards.length })}</p>
          <div className="tag-buttons">
            {AIO_KEYS.map((key) => (
              <ActionButton key={key} id={`card.tag.${key}`} className="tag-button">
                {/* The mark is drawn by CSS: as text it would be part of what the button shows but not of its name. */}
                <span className={`aio-badge aio-${key} css-mark`} data-mark={AIO_MARKS[key]} aria-hidden="true" />{' '}
                {AIO_LABELS[language][key]}
              </ActionButton>
            ))}
          </div>
        </div>
      )}
      <ActionButton id="edit.delete" className="danger" />
    </div>
  );
}
