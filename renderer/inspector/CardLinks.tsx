import { useId, useState } from 'react';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { cardsInOrder, type Card } from '../../shared/model';
import { useServices, useT, useTheory, useUi } from '../state/services';
import { toastCommandError } from '../state/commandErrorToast';

/**
 * A card's links as a list, and a way to link it to another card: the keyboard road to
 * what the canvas offers by dragging from a handle and clicking an arrow.
 */
export function CardLinks({ card }: { card: Card }) {
  const { editor, ui } = useServices();
  const t = useT();
  const theory = useTheory();
  const language = useUi((s) => s.language);
  const selectId = useId();
  const [target, setTarget] = useState('');
  const title = (id: string) => theory.cards[id]?.title.trim() || t('untitledCard');
  const links = Object.values(theory.links).filter((l) => l.from === card.id || l.to === card.id);
  const linked = new Set(links.filter((l) => l.from === card.id).map((l) => l.to));
  const candidates = cardsInOrder(theory).filter((c) => c.id !== card.id && !linked.has(c.id));
  const connect = () => {
    if (!target) return;
    try {
      editor.run('connect', { from: card.id, to: target });
      setTarget('');
    } catch (error) {
      toastCommandError(ui, error);
    }
  };
  return (
    <section className="card-links" aria-label={t('links')}>
      <h3>{t('links')}</h3>
      {links.length === 0 && <p className="muted">{t('noLinks')}</p>}
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            <button
              type="button"
              className="link-button"
              aria-label={t('editLink', { from: title(l.from), to: title(l.to) })}
              onClick={() => ui.set({ selection: { cards: [], links: [l.id] } })}
            >
              {l.from === card.id ? `→ ${title(l.to)}` : `← ${title(l.from)}`}
              {!l.rationale.trim() && <span className="muted"> ({t('noRationale')})</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label htmlFor={selectId} className="visually-hidden">
          {t('linkTo')}
        </label>
        <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{`${t('linkTo')}: ${t('chooseCard')}`}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {`${STAGE_LABELS[language][c.stage]} — ${c.title.trim() || t('untitledCard')}`}
            </option>
          ))}
        </select>
        <button type="button" onClick={connect} disabled={!target}>
          {t('connect')}
        </button>
      </div>
    </section>
  );
}
