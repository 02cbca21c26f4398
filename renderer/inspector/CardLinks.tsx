import { memo, useId, useMemo, useRef, useState } from 'react';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { cardLinks, linkCandidates } from '../../shared/navigation';
import type { Id } from '../../shared/model';
import { useActions } from '../actions/useActions';
import { focusWhenRendered } from '../actions/focus';
import { useServices, useT, useLanguage } from '../state/services';
import { useSettledTheory } from '../state/settledTheory';

/**
 * A card's links as a list, and a way to link it to another card: the keyboard road to
 * what the canvas offers by dragging from a handle and clicking an arrow. Both lists go
 * through every card and link, so they follow the theory one frame after an edit
 * (useSettledTheory): the edit paints first. An edit of the card's own fields re-renders
 * nothing here.
 */
export const CardLinks = memo(function CardLinks({ cardId }: { cardId: Id }) {
  const { ui } = useServices();
  const actions = useActions();
  const t = useT();
  const theory = useSettledTheory();
  const language = useLanguage();
  const selectId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [target, setTarget] = useState('');
  const links = useMemo(() => cardLinks(theory, cardId), [theory, cardId]);
  // The targets (every other card: thousands of options in a large theory) are listed once the
  // list is used (focused or pressed), not each time a card is selected: making or removing
  // them cost ≈30 ms of adding a card at 3,000 cards.
  const [listing, setListing] = useState(false);
  const candidates = useMemo(() => (listing ? linkCandidates(theory, cardId, 'to') : []), [listing, theory, cardId]);
  const title = (id: string) => theory.cards[id]?.title.trim() || t('untitledCard');
  // One option per card: made again when the list changes, not on each render of the card's inspector.
  const options = useMemo(
    () =>
      candidates.map((c) => (
        <option key={c.id} value={c.id}>
          {`${STAGE_LABELS[language][theory.cards[c.id]!.stage]} — ${title(c.id)}${c.backwards ? ` (${t('linkRunsBackwards')})` : ''}`}
        </option>
      )),
    // title and t follow from theory and language.
    [candidates, theory, language],
  );
  const connect = () => {
    if (!target) return;
    actions.run('link.connect', { from: cardId, to: target, select: 'card' });
    setTarget('');
    // The button goes disabled: the keyboard stays on the list, ready for the next link.
    select.current?.focus();
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
              onClick={() => {
                ui.set({ selection: { cards: [], links: [l.id] } });
                // The link's inspector replaces this one (after the next paint: Inspector): the keyboard goes on to its rationale.
                focusWhenRendered(`#inspector [data-link-id="${CSS.escape(l.id)}"] textarea`);
              }}
            >
              <span className="visually-hidden">{t('editLink')} </span>
              {l.outgoing ? `→ ${title(l.other)}` : `← ${title(l.other)}`}
              {!l.hasRationale && <span className="muted"> ({t('noRationale')})</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label htmlFor={selectId} className="visually-hidden">
          {t('linkTo')}
        </label>
        <select id={selectId} ref={select} value={target} onChange={(e) => setTarget(e.target.value)} onFocus={() => setListing(true)} onPointerDown={() => setListing(true)}>
          <option value="">{`${t('linkTo')}: ${t('chooseCard')}`}</option>
          {options}
        </select>
        <button type="button" onClick={connect} disabled={!target}>
          {actions.label('link.connect')}
        </button>
      </div>
    </section>
  );
});
