import { AIO_KEYS, STAGES, stageIndex, type AioKey, type Id, type StageKey } from '../../../shared/model';
import { CARD_HEIGHT, laneCardX } from '../../../shared/layout';
import { moveInLane, moveToStage, slotBelow, type Move } from '../../../shared/navigation';
import { translator } from '../../../shared/i18n/core';
import { uiStrings } from '../../../shared/i18n/ui';
import { STAGE_LABELS } from '../../../shared/i18n/domain';
import { actionById, keysOf, type ActionId } from '../../../shared/actions';
import { addCardToEdit, revealCard } from '../../canvas/cardFocus';
import { displayAccelerator } from '../accelerator';
import type { ActionContext } from '../context';
import { focusedCardId, focusWhenRendered, goToCard } from '../focus';
import { deleteSelection } from './edit';
import type { Behaviour, Behaviours } from './types';

/**
 * The cards an action is about: the selection, or (with nothing selected, after Escape) the
 * card the keyboard is on.
 */
const selectedCards = ({ ui, editor }: ActionContext) => {
  const selected = ui.get().selection.cards.filter((id) => editor.theory.cards[id]);
  if (selected.length > 0 || ui.get().selection.links.length > 0) return selected;
  const focused = focusedCardId();
  return focused && editor.theory.cards[focused] ? [focused] : [];
};
const oneCard = (ctx: ActionContext) => selectedCards(ctx).length === 1;
const someCards = (ctx: ActionContext) => selectedCards(ctx).length > 0;
const t = (ctx: ActionContext) => translator(uiStrings, ctx.ui.get().language);
const keyOf = (ctx: ActionContext, id: ActionId) => {
  const key = keysOf(actionById(id), ctx.platform.macShortcuts)[0];
  return key ? displayAccelerator(key, ctx.platform.macShortcuts) : '';
};

/**
 * Add a card and open its title for typing: selected, in view, one undo step with its title
 * (canvas/cardFocus.ts addCardToEdit); `from` is where the keyboard goes back if it is cancelled.
 */
function startTitle(ctx: ActionContext, add: () => Id | undefined, from: Id | null): void {
  const id = addCardToEdit(ctx, add);
  if (!id) return;
  ctx.ui.set({ newCardFrom: from, activeCard: id });
  const card = ctx.editor.theory.cards[id];
  if (card) revealCard(ctx.flow(), card.position);
}

/** Add a card to a stage: at a screen point (a double-click), or at the bottom of its lane. */
const newIn = (stage: StageKey): Behaviour => ({
  perform: (ctx, point) => {
    const flow = ctx.flow();
    const at = point as { x: number; y: number } | undefined;
    const position =
      at && flow
        ? (() => {
            const p = flow.screenToFlowPosition(at);
            return { x: laneCardX(stage), y: Math.max(56, Math.round((p.y - CARD_HEIGHT / 2) / 16) * 16) };
          })()
        : undefined;
    startTitle(ctx, () => ctx.editor.run('addCard', { stage, position }).created[0], focusedCardId());
  },
});

const tag = (key: AioKey): Behaviour => ({
  perform: (ctx) => void ctx.editor.run('toggleAio', { ids: selectedCards(ctx), key }),
  enabled: someCards,
  // Ticked when every selected card has it; pressing it then takes it off all of them.
  checked: (ctx) => {
    const ids = selectedCards(ctx);
    return ids.length > 0 && ids.every((id) => ctx.editor.theory.cards[id]!.aio.includes(key));
  },
});

/** Run a move; the keyboard stays on the moved card, which stays in view. */
function move(ctx: ActionContext, moves: Move[]): void {
  if (moves.length === 0) return;
  ctx.editor.run('moveCards', { moves });
  const first = selectedCards(ctx)[0];
  const card = first ? ctx.editor.theory.cards[first] : undefined;
  if (card) revealCard(ctx.flow(), card.position);
}

const openLinkDialog = (direction: 'to' | 'from'): Behaviour => ({
  perform: (ctx) => {
    const card = selectedCards(ctx)[0];
    if (card) ctx.ui.set({ dialog: { kind: 'linkCard', card, direction } });
  },
  enabled: (ctx) => oneCard(ctx) && Object.keys(ctx.editor.theory.cards).length > 1,
});

export interface ConnectValue {
  from: Id;
  to: Id;
  /** After a link made by dragging, the new link is selected (to type its rationale); from the keyboard the card stays. */
  select?: 'link' | 'card';
}

export const cardBehaviours: Behaviours<'card.' | 'link.' | 'indicator.'> = {
  'card.addLinked': {
    perform: (ctx) => {
      const { editor, ui } = ctx;
      const from = selectedCards(ctx)[0];
      if (!from) return;
      const source = editor.theory.cards[from]!;
      // The last stage has no next one: say so (and how to add beside it) rather than make an Impact → Impact link.
      if (stageIndex(source.stage) === STAGES.length - 1) {
        ui.set({ toast: t(ctx)('noNextStage', { stage: STAGE_LABELS[ui.get().language][source.stage], key: keyOf(ctx, 'card.new') }) });
        return;
      }
      startTitle(ctx, () => editor.run('addLinkedCard', { from }).created[0], from);
    },
    enabled: oneCard,
  },
  'card.new': {
    perform: (ctx) => {
      const beside = selectedCards(ctx)[0];
      const card = beside ? ctx.editor.theory.cards[beside] : undefined;
      const stage = card?.stage ?? STAGES[0];
      const position = card ? slotBelow(ctx.editor.theory, card) : undefined;
      startTitle(ctx, () => ctx.editor.run('addCard', { stage, position }).created[0], beside ?? null);
    },
  },
  ...(Object.fromEntries(STAGES.map((stage) => [`card.newIn.${stage}`, newIn(stage)])) as Record<`card.newIn.${StageKey}`, Behaviour>),
  'card.rename': {
    perform: (ctx) => {
      const id = selectedCards(ctx)[0];
      if (id) ctx.ui.set({ selection: { cards: [id], links: [] }, editingCardId: id });
    },
    enabled: someCards,
  },
  'card.linkTo': openLinkDialog('to'),
  'card.linkFrom': openLinkDialog('from'),
  'card.addIndicator': {
    perform: (ctx) => {
      const cardId = selectedCards(ctx)[0]!;
      const before = new Set(ctx.editor.theory.cards[cardId]!.indicators.map((i) => i.id));
      ctx.editor.run('addIndicator', { cardId });
      const added = ctx.editor.theory.cards[cardId]!.indicators.find((i) => !before.has(i.id));
      if (!added) return;
      if (!ctx.ui.get().inspectorOpen) ctx.ui.set({ inspectorOpen: true });
      // The keyboard goes to the new indicator's first field, to type its name.
      focusWhenRendered(`#inspector [data-indicator-id="${CSS.escape(added.id)}"] :is(input, textarea)`);
    },
    enabled: oneCard,
  },
  ...(Object.fromEntries(AIO_KEYS.map((key) => [`card.tag.${key}`, tag(key)])) as Record<`card.tag.${AioKey}`, Behaviour>),
  'card.moveUp': { perform: (ctx) => move(ctx, moveInLane(ctx.editor.theory, selectedCards(ctx)[0]!, 'up')), enabled: oneCard },
  'card.moveDown': { perform: (ctx) => move(ctx, moveInLane(ctx.editor.theory, selectedCards(ctx)[0]!, 'down')), enabled: oneCard },
  'card.movePrevStage': { perform: (ctx) => move(ctx, moveToStage(ctx.editor.theory, selectedCards(ctx), -1)), enabled: someCards },
  'card.moveNextStage': { perform: (ctx) => move(ctx, moveToStage(ctx.editor.theory, selectedCards(ctx), 1)), enabled: someCards },
  'card.delete': { perform: (ctx) => deleteSelection(ctx, selectedCards(ctx)), enabled: someCards },
  'link.connect': {
    perform: (ctx, value) => {
      const { from, to, select = 'link' } = value as ConnectValue;
      const [id] = ctx.editor.run('connect', { from, to }).created;
      const theory = ctx.editor.theory;
      const a = theory.cards[from]!;
      const b = theory.cards[to]!;
      const language = ctx.ui.get().language;
      const title = (id: Id) => theory.cards[id]!.title.trim() || t(ctx)('untitledCard');
      // A link to an earlier stage is allowed (feedback loops exist) but seldom meant: say so.
      if (stageIndex(b.stage) < stageIndex(a.stage)) {
        ctx.ui.set({ toast: t(ctx)('linkBackwards', { from: title(from), to: title(to), fromStage: STAGE_LABELS[language][a.stage], toStage: STAGE_LABELS[language][b.stage] }) });
      } else if (select === 'card') ctx.ui.set({ toast: t(ctx)('linked', { from: title(from), to: title(to) }) });
      if (select === 'link' && id) ctx.ui.set({ selection: { cards: [], links: [id] } });
    },
  },
  // value: the indicator's id. The keyboard goes to the next indicator, else the one before, else "Add indicator".
  'indicator.delete': {
    perform: (ctx, value) => {
      const cardId = selectedCards(ctx)[0]!;
      const indicators = ctx.editor.theory.cards[cardId]!.indicators;
      const index = indicators.findIndex((i) => i.id === value);
      if (index < 0) return;
      const next = indicators[index + 1] ?? indicators[index - 1];
      ctx.editor.run('deleteIndicator', { cardId, indicatorId: value as Id });
      focusWhenRendered(next ? `#inspector [data-indicator-id="${CSS.escape(next.id)}"] :is(input, textarea)` : '#inspector [data-action="card.addIndicator"]');
    },
    enabled: oneCard,
  },
  'link.delete': { perform: (ctx) => deleteSelection(ctx), enabled: ({ ui }) => ui.get().selection.links.length > 0 },
};
