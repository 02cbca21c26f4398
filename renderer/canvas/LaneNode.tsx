import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { STAGE_HINTS, STAGE_LABELS } from '../../shared/i18n/domain';
import { STAGES } from '../../shared/model';
import { useLanguage, useT } from '../state/services';
import type { LaneFlowNode } from './derive';
import { useCardAdder } from './useCardAdder';
import { ActionButton } from '../actions/ActionButton';

/** A stage column behind the cards: heading, hint, "+" button; double-click adds a card there. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const t = useT();
  const language = useLanguage();
  const addCard = useCardAdder();
  const label = STAGE_LABELS[language][data.stage];
  return (
    <section
      className={`lane stage-${data.stage}`}
      data-stage={data.stage}
      style={{ height: data.height }}
      aria-label={t('lane', { stage: label })}
      onDoubleClick={(e) => addCard(data.stage, { x: e.clientX, y: e.clientY })}
    >
      <header className="lane-header">
        <h2>
          <span className="lane-number" aria-hidden="true">
            {STAGES.indexOf(data.stage) + 1}
          </span>
          {label}
        </h2>
        {/* Not a tab stop: the canvas is one (its cards); the keyboard adds cards with N and Enter, or from the Card menu. */}
        <ActionButton id={`card.newIn.${data.stage}`} className="lane-add nodrag" tabIndex={-1}>
          +
        </ActionButton>
      </header>
      <p className="lane-hint">{STAGE_HINTS[language][data.stage]}</p>
    </section>
  );
}

export const LaneNode = memo(LaneNodeView);
