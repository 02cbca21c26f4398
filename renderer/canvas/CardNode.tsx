import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { useLanguage, useServices, useT } from '../state/services';
import { useUiIs } from '../state/uiKeys';
import type { UiState } from '../state/uiStore';
import { AioBadges } from './AioBadges';
import { ResearchBadges } from './ResearchBadges';
import { ProgressMark } from './ProgressMark';
import { CardDropTarget } from './CardDropTarget';
import { cardSize, type CardFlowNode } from './derive';
import { finishTitleEdit, focusCard } from './cardFocus';
import { LIMITS } from '../../shared/format/limits';
import { titleFontSize } from '../../shared/cardSize';
import { useFar } from './lod';
import { useShownCard } from './useShownCard';
import { useNodeFrameSize } from './useNodeFrameSize';
import { CardChangeMark } from '../versions/CardChangeMark';
import { useChangeMark, useVersionsText } from '../versions/useVersionsText';
import { OriginBadges } from '../versions/OriginBadges';

const titleStyle = (title: string) => {
  const size = titleFontSize(title);
  return size === null ? undefined : { fontSize: `${size}px` };
};

const editedCard = (s: UiState) => s.editingCardId;
const keyboardCard = (s: UiState) => s.activeCard;

/** Set between a pointer press on a card and the focus it causes. */
let pointerFocus = false;

export function CardNodeView({ id, data, selected }: NodeProps<CardFlowNode>) {
  const { dimmed } = data;
  const card = useShownCard(id);
  const far = useFar();
  const services = useServices();
  const t = useT();
  const language = useLanguage();
  // A saved version shown read-only (renderer/versions/VersionViewer) has no title to edit.
  // Asked through uiKeys: a UI change tells only the card it concerns, not every card on the canvas.
  const editing = useUiIs(services.ui, editedCard, id) && !services.editor.locked;
  // The canvas is one tab stop (roving tabindex): only the last focused card takes Tab.
  const tabStop = useUiIs(services.ui, keyboardCard, id);
  const frame = useNodeFrameSize<HTMLDivElement>(card && cardSize(card));
  // While a version is compared: added or changed since (renderer/versions).
  const mark = useChangeMark('cards', id);
  const markText = useVersionsText()(mark === 'added' ? 'markAdded' : 'markChanged');
  if (!card) return null;
  const stage = STAGE_LABELS[language][card.stage];
  const title = card.title.trim() || t('untitledCard');
  // Zoomed out, a card is a block with its number; one being edited is drawn whole.
  const block = far && !editing;
  // A block's name is what its content would say (mark, number, stage, title), given as a label:
  // hidden text would be one more clipped element to lay out and paint per card in view.
  const label = editing ? stage : block ? [mark ? markText : '', data.ref, `${stage}: ${title}`].filter(Boolean).join(' ') : undefined;

  return (
    <div
      className={`card-node stage-${card.stage}${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}${block ? ' is-block' : ''}`}
      data-card-id={card.id}
      data-stage={card.stage}
      ref={frame}
      tabIndex={tabStop ? 0 : -1}
      // While its title is edited the card holds a text field, and a button may not (nested-interactive).
      role={editing ? 'group' : 'button'}
      aria-pressed={editing ? undefined : selected}
      aria-label={label}
      aria-describedby="canvas-help"
      onPointerDown={() => {
        pointerFocus = true;
        // If the press causes no focus (the card had it already), forget it after this event.
        setTimeout(() => (pointerFocus = false), 0);
      }}
      onFocus={(e) => {
        if (e.target !== e.currentTarget) return;
        if (!tabStop) services.ui.set({ activeCard: card.id });
        // A click selects through React Flow (which knows about Shift); selecting here as well
        // would turn Shift+click into "unselect". Keyboard focus (Tab, arrow keys) selects the
        // card, unless it is already part of a multi-selection.
        if (pointerFocus) {
          pointerFocus = false;
          return;
        }
        if (!services.ui.get().selection.cards.includes(card.id)) services.ui.set({ selection: { cards: [card.id], links: [] } });
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        services.ui.set({ editingCardId: card.id });
      }}
    >
      {/* Mouse-only affordances (the keyboard links with L / Shift+L): nothing for a screen reader. */}
      <CardDropTarget cardId={card.id} />
      {mark && <CardChangeMark mark={mark} text={markText} />}
      {block ? (
        <span className="card-ref">{data.ref}</span>
      ) : (
        <>
          <div className="card-stage-bar" aria-hidden="true" />
          {editing ? (
            <TitleEditor cardId={card.id} initial={card.title} />
          ) : (
            // The card's name is its content (stage, title, tags, indicators), so what is seen is what is said.
            <>
              <span className="visually-hidden">{stage}: </span>
              <div className={`card-title${card.title.trim() ? '' : ' is-empty'}`} style={titleStyle(title)}>
                {title}
              </div>
            </>
          )}
          <div className="card-footer">
            <AioBadges aio={card.aio} language={language} />
            <ResearchBadges empowerment={card.empowerment} rungs={card.rungs} language={language} />
            <OriginBadges origins={card.origins} />
            {card.indicators.length > 0 && (
              <span className="card-indicators" title={t('indicators')}>
                <span aria-hidden="true">◎ </span>
                {card.indicators.length}
                <span className="visually-hidden"> {t('indicators').toLowerCase()}</span>
                <ProgressMark indicators={card.indicators} language={language} />
              </span>
            )}
          </div>
        </>
      )}
      <Handle type="source" position={Position.Right} className="card-handle" aria-hidden="true" />
    </div>
  );
}

function TitleEditor({ cardId, initial }: { cardId: string; initial: string }) {
  const services = useServices();
  const t = useT();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    // No scroll: the viewport was panned to the card (revealCard); a focus scroll would shift React Flow's pane under it and force a layout.
    field.focus({ preventScroll: true });
    // A new card's placeholder title is typed over; an existing title is added to (F2), as in a file manager.
    if (services.ui.get().newCardId === cardId) field.select();
    else field.setSelectionRange(field.value.length, field.value.length);
  }, [services, cardId]);
  const commit = (keep: boolean) => {
    const origin = services.ui.get().newCardFrom;
    finishTitleEdit(services, cardId, keep ? value : null);
    services.ui.set({ newCardFrom: null });
    // A cancelled new card is gone: the keyboard goes back to the card it was made from.
    const to = services.editor.theory.cards[cardId] ? cardId : origin && services.editor.theory.cards[origin] ? origin : null;
    if (!to) return void document.querySelector<HTMLElement>('.canvas')?.focus();
    if (to !== cardId) services.ui.set({ selection: { cards: [to], links: [] }, activeCard: to });
    focusCard(to);
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

/**
 * A card draws its data, whether it is selected and its record (useShownCard, which tells it
 * of its own changes), nothing else React Flow hands it: its
 * position (`positionAbsoluteX/Y`, `dragging`) changes on every frame of a drag, where React
 * Flow's own wrapper moves it, and the card need not be drawn again (issue #9).
 */
export function sameCardProps(a: NodeProps<CardFlowNode>, b: NodeProps<CardFlowNode>): boolean {
  return a.data === b.data && a.selected === b.selected;
}

export const CardNode = memo(CardNodeView, sameCardProps);
