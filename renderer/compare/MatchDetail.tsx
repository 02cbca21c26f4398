import { useId } from 'react';
import type { ComparedItem } from '../../shared/compare/model';
import type { PairScore, TheoryInput } from '../../shared/compare/match';
import { pairOptions } from '../../shared/compare/pairing';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { ActionButton } from '../actions/ActionButton';
import { useActions } from '../actions/useActions';
import { useLanguage } from '../state/services';
import { useVersionsText } from '../versions/useVersionsText';

/** The match in focus: each theory's card side by side, a list to pair it with another card, the title to keep, confirm and reject. */
export function MatchDetail({ item, inputs, candidates }: { item: ComparedItem | undefined; inputs: readonly TheoryInput[]; candidates: readonly PairScore[] }) {
  const t = useVersionsText();
  const actions = useActions();
  const language = useLanguage();
  const titleGroup = useId();
  if (!item) return <p className="muted comparison-detail">{t('chooseMatch')}</p>;
  const titles = [...new Set(item.cards.map((c) => inputs.find((i) => i.key === c.theory)?.document.theory.cards[c.card]?.title ?? ''))].filter(Boolean);
  return (
    <div className="comparison-detail">
      <div className="match-columns">
        {inputs.map((input) => {
          const ref = item.cards.find((c) => c.theory === input.key);
          const card = ref ? input.document.theory.cards[ref.card] : undefined;
          // A card of one theory alone cannot be re-paired within its own theory.
          const pairable = item.kind !== 'unique' || !ref;
          const options = pairable ? pairOptions(inputs, candidates, item, input.key) : [];
          return (
            <section key={input.key} className="match-column" aria-label={input.name}>
              <h3>{input.name}</h3>
              {card ? (
                <div className={`match-card stage-${card.stage}`}>
                  <div className="match-card-stage">{STAGE_LABELS[language][card.stage]}</div>
                  <div className="match-card-title">{card.title}</div>
                  {card.description && <p className="match-card-description">{card.description}</p>}
                </div>
              ) : (
                <p className="muted">{t('noCard')}</p>
              )}
              {pairable && (
                <label className="pair-with">
                  <span>{t('pairWith', { name: input.name })}</span>
                  <select
                    value={ref?.card ?? ''}
                    onChange={(e) => {
                      if (e.target.value) actions.run('compare.repair', { theory: input.key, card: e.target.value });
                    }}
                  >
                    {!ref && <option value="">{t('noCard')}</option>}
                    {options.map((o) => (
                      <option key={o.card} value={o.card}>
                        {`${o.title || o.card} (${STAGE_LABELS[language][o.stage]}${o.score > 0 ? `, ${o.score.toFixed(2)}` : ''})`}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </section>
          );
        })}
      </div>
      {item.kind !== 'unique' && item.titlesDiffer && (
        <fieldset className="title-choice">
          <legend id={titleGroup}>{t('titleInGeneric')}</legend>
          {titles.map((title) => (
            <label key={title}>
              <input type="radio" name={titleGroup} checked={item.title === title} onChange={() => actions.run('compare.title', title)} /> {title}
            </label>
          ))}
        </fieldset>
      )}
      {item.kind !== 'unique' && (
        <div className="match-buttons">
          <ActionButton id="compare.confirm" className="primary" />
          <ActionButton id="compare.reject" />
        </div>
      )}
    </div>
  );
}
