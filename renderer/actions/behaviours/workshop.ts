import { translator } from '../../../shared/i18n/core';
import { workshopStrings } from '../../../shared/i18n/workshop';
import type { Id } from '../../../shared/model';
import { NOTE_HEIGHT, NOTE_WIDTH, notesOf } from '../../../shared/notes';
import type { TidyRequest } from '../../../shared/tidyUp';
import { fitChain } from '../../canvas/viewOptions';
import { animateMoves } from '../../layout/animateMoves';
import { tidyInWorker } from '../../layout/tidyClient';
import { requestNoteFocus } from '../../notes/noteFocus';
import type { ActionContext } from '../context';
import type { Behaviours } from './types';

const text = (ctx: ActionContext) => translator(workshopStrings, ctx.ui.get().language);

/** Card heights as the canvas drew them (cards grow to fit their title); unmeasured ones count as standard. */
function measuredHeights(ctx: ActionContext): Map<Id, number> {
  const heights = new Map<Id, number>();
  for (const node of ctx.flow()?.getNodes() ?? []) {
    const height = node.measured?.height;
    if (node.type === 'card' && typeof height === 'number' && height > 0) heights.set(node.id, Math.ceil(height));
  }
  return heights;
}

let tidying = false;

/**
 * Tidy up the selection (two cards or more) or else the whole theory: lay out in the
 * worker, let the cards glide there, then one moveCards (one undo step). A theory edited
 * meanwhile is left alone: the layout was made for what it was.
 */
export async function tidyUpNow(ctx: ActionContext, layout: (request: TidyRequest) => Promise<{ id: Id; position: { x: number; y: number } }[]> = tidyInWorker): Promise<void> {
  if (tidying) return;
  const { editor, ui } = ctx;
  const t = text(ctx);
  const selected = ui.get().selection.cards.filter((id) => editor.theory.cards[id]);
  const ids = selected.length >= 2 ? selected : undefined;
  const before = editor.document;
  tidying = true;
  try {
    let moves;
    try {
      moves = await layout({ theory: before.theory, ids, heights: measuredHeights(ctx) });
    } catch (error) {
      ui.set({ toast: t('tidyFailed', { reason: error instanceof Error ? error.message : String(error) }) });
      return;
    }
    if (editor.document !== before) return void ui.set({ toast: t('tidyChanged') });
    if (moves.length === 0) return void ui.set({ toast: t('tidyNothing') });
    await animateMoves(before.theory, moves, (positions) => ui.set({ tidyPositions: positions }));
    if (editor.document !== before) return void ui.set({ toast: t('tidyChanged') });
    editor.run('moveCards', { moves });
    ui.set({ toast: moves.length === 1 ? t('tidyDoneOne') : t('tidyDone', { n: moves.length }) });
    if (!ids) requestAnimationFrame(() => fitChain(ctx.flow(), editor.theory));
  } finally {
    ui.set({ tidyPositions: null });
    tidying = false;
  }
}

export const workshopBehaviours: Behaviours<'workshop.'> = {
  'workshop.tidyUp': {
    perform: (ctx) => tidyUpNow(ctx),
    enabled: ({ editor }) => Object.keys(editor.theory.cards).length > 0,
  },
  'workshop.trace': {
    perform: ({ ui }) => ui.set({ traceOn: !ui.get().traceOn }),
    checked: ({ ui }) => ui.get().traceOn,
  },
  'workshop.addNote': {
    perform: (ctx) => {
      const { created } = ctx.editor.run('addNote', {});
      const note = notesOf(ctx.editor.theory).find((n) => n.id === created[0]);
      if (!note) return;
      // In view, at the zoom the room has now, and the keyboard in its text.
      const flow = ctx.flow();
      if (flow) void flow.setCenter(note.position.x + NOTE_WIDTH / 2, note.position.y + NOTE_HEIGHT / 2, { zoom: flow.getZoom(), duration: 200 });
      // The note takes the keyboard when it mounts (renderer/notes/noteFocus.ts). A new note
      // cannot be on screen before that, and a focus attempt a frame later would only clear
      // the request before a slow mount could honour it.
      requestNoteFocus(note.id);
    },
  },
  'workshop.present': {
    perform: ({ ui }) => ui.set({ presentationStep: 0, dialog: null, searchOpen: false }),
    enabled: ({ ui }) => ui.get().presentationStep === null,
  },
  'workshop.summary': {
    perform: (ctx) => {
      ctx.ui.set({ summaryOpen: !ctx.ui.get().summaryOpen });
      // The canvas changes width: fit the chain again once the layout has settled.
      requestAnimationFrame(() => requestAnimationFrame(() => fitChain(ctx.flow(), ctx.editor.theory)));
    },
    checked: ({ ui }) => ui.get().summaryOpen,
  },
};
