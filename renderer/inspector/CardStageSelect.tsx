import { memo, useId } from 'react';
import type { Card, Id } from '../../shared/model';
import { cardRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import { useServices, useLanguage } from '../state/services';
import { StageOptions } from './StageOptions';

/** A card's stage as a list; re-renders when the stage changes, not on every edit of the card. */
export const CardStageSelect = memo(function CardStageSelect({ cardId, stage }: { cardId: Id; stage: Card['stage'] }) {
  const { editor } = useServices();
  const language = useLanguage();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{labelOf(cardRecord, 'stage', language)}</label>
      <select id={id} value={stage} onChange={(e) => editor.run('updateCard', { id: cardId, changes: { stage: e.target.value as Card['stage'] } })}>
        <StageOptions language={language} />
      </select>
    </div>
  );
});
