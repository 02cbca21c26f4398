import type { ComparedItem } from '../../shared/compare/model';
import type { TheoryInput } from '../../shared/compare/match';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { useLanguage } from '../state/services';
import { useVersionsText } from '../versions/useVersionsText';

/** An item's id as the DOM may hold it (its card refs join theory and card with a NUL). */
export const itemDomId = (id: string) => id.replace(/\u0000/g, '/');

/** One row of the match list: status, score, stage, and each theory's card title. */
export function MatchOption({ item, inputs, selected, onChoose }: { item: ComparedItem; inputs: readonly TheoryInput[]; selected: boolean; onChoose: () => void }) {
  const t = useVersionsText();
  const language = useLanguage();
  const nameOf = (key: string) => inputs.find((i) => i.key === key)?.name ?? key;
  const status =
    item.status === 'unique' ? t('statusUnique', { name: nameOf(item.cards[0]!.theory) }) : t(item.status === 'confirmed' ? 'statusConfirmed' : 'statusProposed');
  return (
    <li
      role="option"
      data-item-id={itemDomId(item.id)}
      data-status={item.status}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={`match-option status-${item.status}${selected ? ' is-selected' : ''}`}
      onClick={onChoose}
    >
      <span className="match-status">{status}</span>
      <span className="match-score">{item.status === 'proposed' ? t('score', { score: item.score.toFixed(2) }) : ''}</span>
      <span className="match-stage">{STAGE_LABELS[language][item.stage]}</span>
      <span className="match-titles">
        {inputs.map((input) => {
          const ref = item.cards.find((c) => c.theory === input.key);
          if (!ref) return null;
          return (
            <span key={input.key} className="match-title">
              <span className="match-org">{input.name}:</span> {input.document.theory.cards[ref.card]?.title || ref.card}
            </span>
          );
        })}
      </span>
    </li>
  );
}
