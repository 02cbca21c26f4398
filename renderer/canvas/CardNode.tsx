import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { useServices, useT, useUi } from '../state/services';
import { AioBadges } from './AioBadges';
import type { CardFlowNode } from './derive';
import { finishTitleEdit, focusCard } from './cardFocus';
import { LIMITS } from '../../shared/format/limits';

function CardNodeView({ data, selected }: NodeProps<CardFlowNode>) {
  const { card, dimmed } = data;
  const services = useServices();
  const t = useT();
  const language = useUi((s) => s.language);
  const editing = useUi((s) => s.editingCardId === card.id);
  const stage = STAGE_LABELS[language][card.stage];
  const title = card.title.trim() || t('untitledCard');

  return (
    <div
      className={`card-node stage-${card.stage}${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}`}
      data-card-id={card.id}
      data-stage={card.stage}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={t('cardLabel', { stage, title })}
      aria-describedby="canvas-help"
      onFocus={() => {
        // Keyboard focus selects the card (Tab and arrow keys); a card already in a multi-selection keeps it.
        if (!services.ui.get().selection.cards.includes(card.id)) services.ui.set({ selection: { cards: [card.id], links: [] } });
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        services.ui.set({ editingCardId: card.id });
      }}
    >
      <Handle type="target" position={Position.Left} className="card-handle" aria-label={t('to')} />
      <div className="card-stage-bar" aria-hidden="true" />
      {editing ? (
        <TitleEditor cardId={card.id} initial={card.title} />
      ) : (
        <div className={`card-title${card.title.trim() ? '' : ' is-empty'}`}>{title}</div>
      )}
      <div className="card-footer">
        <AioBadges aio={card.aio} language={language} />
        {card.indicators.length > 0 && (
          <span className="card-indicators" title={t('indicators')}>
            ◎ {card.indicators.length}
          </span>
        )}
      </div>
      <Handle type="source" position={Position.Right} className="card-handle" aria-label={t('from')} />
    </div>
  );
}

function TitleEditor({ cardId, initial }: { cardId: string; initial: string }) {
  const services = useServices();
  const t = useT();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const commit = (keep: boolean) => {
    finishTitleEdit(services, cardId, keep ? value : null);
    focusCard(cardId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      commit(false);
    }
  };
  return (
    <textarea
      ref={ref}
      className="card-title-input nodrag nowheel"
      data-own-undo="true"
      aria-label={t('newCardTitle')}
      value={value}
      maxLength={LIMITS.stringLength}
      rows={2}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (services.ui.get().editingCardId === cardId) finishTitleEdit(services, cardId, value);
      }}
    />
  );
}

export const CardNode = memo(CardNodeView);
