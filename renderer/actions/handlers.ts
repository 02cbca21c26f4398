import type { ReactFlowInstance } from '@xyflow/react';
import type { ActionId } from '../../shared/actions';
import { toastCommandError } from '../state/commandErrorToast';
import { clipboardTextToFragment, fragmentOf, fragmentToClipboardText } from '../../shared/clipboard';
import { serializeDocument } from '../../shared/format/serialize';
import { translator } from '../../shared/i18n/core';
import { uiStrings } from '../../shared/i18n/ui';
import type { Language } from '../../shared/model';
import type { Services } from '../state/services';
import type { ExportChoices, ExportFormat } from '../state/uiStore';
import { exportPdf, exportPng, exportSvg } from '../export/exportPdf';
import { isEditableTarget } from './accelerator';
import { revealCard } from '../canvas/cardFocus';
import { fitChain } from '../canvas/viewOptions';

export interface ActionContext extends Services {
  flow: () => ReactFlowInstance | null;
  setLanguage: (language: Language) => void;
}

export interface ActionHandler {
  run: () => void | Promise<unknown>;
  enabled?: () => boolean;
}

/** A text field whose text is not (yet) in the document, marked data-own-undo. */
function ownTextField(): boolean {
  const active = document.activeElement;
  return isEditableTarget(active) && (active as HTMLElement).dataset.ownUndo === 'true';
}

/** The last fragment copied here: a fallback when the browser refuses to read the clipboard. */
let internalClipboard = '';

export function copySelection(ctx: ActionContext): string | null {
  const cards = ctx.ui.get().selection.cards.filter((id) => ctx.editor.theory.cards[id]);
  if (cards.length === 0) return null;
  internalClipboard = fragmentToClipboardText(ctx.editor.theory, cards);
  return internalClipboard;
}

export function pasteText(ctx: ActionContext, text: string): boolean {
  const fragment = clipboardTextToFragment(text);
  if (!fragment || fragment.cards.length === 0) return false;
  const { created } = ctx.editor.run('pasteFragment', { fragment });
  ctx.ui.set({ selection: { cards: created.filter((id) => ctx.editor.theory.cards[id]), links: [] } });
  return true;
}

export function deleteSelection(ctx: ActionContext): void {
  const { cards, links } = ctx.ui.get().selection;
  if (cards.length > 0) ctx.editor.run('deleteCards', { ids: cards, links: links.filter((l) => ctx.editor.theory.links[l]) });
  else if (links.length > 0) ctx.editor.run('deleteLinks', { ids: links });
  ctx.ui.set({ selection: { cards: [], links: [] } });
}

function viewport(ctx: ActionContext) {
  const flow = ctx.flow();
  const el = document.querySelector('.react-flow');
  if (!flow || !el) return undefined;
  const { x, y, zoom } = flow.getViewport();
  return { x: -x / zoom, y: -y / zoom, width: el.clientWidth / zoom, height: el.clientHeight / zoom };
}

/** Every action id bound to what it does in this window. */
export function createHandlers(ctx: ActionContext): Record<ActionId, ActionHandler> {
  const { editor, session, ui, platform } = ctx;
  const t = () => translator(uiStrings, ui.get().language);
  const hasCards = () => ui.get().selection.cards.length > 0;
  const hasSelection = () => ui.get().selection.cards.length + ui.get().selection.links.length > 0;
  const fail = (error: unknown) => toastCommandError(ui, error);
  const lang = () => editor.theory.language;
  // Every export asks first: the report's language and sections, or the whole theory or the view.
  const ask = (format: ExportFormat) =>
    new Promise<ExportChoices | null>((resolve) =>
      ui.set({ dialog: { kind: 'exportOptions', format, defaults: { language: lang(), includeChecks: true, scope: 'whole' }, resolve } }),
    );
  const area = (choices: ExportChoices) => (choices.scope === 'view' ? viewport(ctx) : undefined);
  /** Ask, build, and hand the result to the platform; a build that fails is reported, not thrown. */
  const exportWith = async (format: ExportFormat, build: (choices: ExportChoices) => string | Uint8Array | Promise<string | Uint8Array>) => {
    const choices = await ask(format);
    if (!choices) return;
    let data: string | Uint8Array;
    try {
      data = await build(choices);
    } catch (error) {
      return session.reportExportError(error);
    }
    await session.exportFile(format, data, session.exportName(format));
  };

  return {
    'file.new': { run: () => session.newDocument() },
    'file.open': { run: () => session.open() },
    'file.save': { run: () => session.save() },
    'file.saveAs': { run: () => session.saveAs() },
    'file.newWindow': { run: () => platform.openWindow() },
    // The desktop closes the window (asking about unsaved work); a browser tab starts afresh.
    'file.close': { run: () => (platform.closeWindow() ? undefined : session.newDocument()) },
    'export.pdf': {
      run: () =>
        exportWith('pdf', async (choices) => {
          ui.set({ progress: 0 });
          try {
            const options = { language: choices.language, includeChecks: choices.includeChecks };
            return await exportPdf(editor.document, options, (fraction) => ui.set({ progress: fraction }));
          } finally {
            ui.set({ progress: null });
          }
        }),
    },
    'export.json': { run: () => session.exportFile('json', serializeDocument(editor.document), session.exportName('json')) },
    'export.svg': { run: () => exportWith('svg', (choices) => exportSvg(editor.theory, choices.language, area(choices))) },
    'export.png': { run: () => exportWith('png', (choices) => exportPng(editor.theory, choices.language, area(choices))) },
    // Fields bound to the document undo through the editor; a field with text of its own
    // (a new card's title, a search box) undoes its own typing.
    'edit.undo': { run: () => (ownTextField() ? void document.execCommand('undo') : void editor.undo()), enabled: () => ownTextField() || editor.canUndo() },
    'edit.redo': { run: () => (ownTextField() ? void document.execCommand('redo') : void editor.redo()), enabled: () => ownTextField() || editor.canRedo() },
    'edit.copy': {
      run: () => {
        if (!document.execCommand('copy')) copySelection(ctx);
      },
      enabled: hasCards,
    },
    'edit.cut': {
      run: () => {
        if (!document.execCommand('cut')) {
          copySelection(ctx);
          deleteSelection(ctx);
        }
      },
      enabled: hasCards,
    },
    'edit.paste': {
      run: async () => {
        if (document.execCommand('paste')) return;
        const text = await navigator.clipboard?.readText?.().catch(() => '') ?? '';
        if (!pasteText(ctx, text || internalClipboard)) ui.set({ toast: t()('pasteFailed') });
      },
    },
    'edit.duplicate': {
      run: () => {
        try {
          const { created } = editor.run('pasteFragment', { fragment: fragmentOf(editor.theory, ui.get().selection.cards) });
          ui.set({ selection: { cards: created.filter((id) => editor.theory.cards[id]), links: [] } });
        } catch (error) {
          fail(error);
        }
      },
      enabled: hasCards,
    },
    'edit.selectAll': {
      run: () => {
        const active = document.activeElement;
        if (isEditableTarget(active)) (active as HTMLInputElement).select?.();
        else ui.set({ selection: { cards: Object.keys(editor.theory.cards), links: Object.keys(editor.theory.links) } });
      },
    },
    // From the menu while typing, Delete belongs to the text, not to the selected card.
    'edit.delete': {
      run: () => (isEditableTarget(document.activeElement) ? void document.execCommand('forwardDelete') : deleteSelection(ctx)),
      enabled: () => hasSelection() || isEditableTarget(document.activeElement),
    },
    'edit.find': { run: () => ui.set({ searchOpen: true }) },
    'card.addLinked': {
      run: () => {
        const from = ui.get().selection.cards[0];
        if (!from) return;
        try {
          const [id] = editor.run('addLinkedCard', { from }).created;
          if (!id) return;
          ui.set({ selection: { cards: [id], links: [] }, editingCardId: id, newCardId: id });
          revealCard(ctx.flow(), editor.theory.cards[id]!.position);
        } catch (error) {
          fail(error);
        }
      },
      enabled: () => ui.get().selection.cards.length === 1,
    },
    'view.zoomIn': { run: () => void ctx.flow()?.zoomIn({ duration: 150 }) },
    'view.zoomOut': { run: () => void ctx.flow()?.zoomOut({ duration: 150 }) },
    'view.fit': { run: () => fitChain(ctx.flow(), editor.theory) },
    'view.language.nl': { run: () => ctx.setLanguage('nl') },
    'view.language.en': { run: () => ctx.setLanguage('en') },
    'view.fullscreen': { run: () => platform.toggleFullScreen() },
    'help.shortcuts': { run: () => ui.set({ dialog: { kind: 'shortcuts' } }) },
    'help.about': { run: () => ui.set({ dialog: { kind: 'about' } }) },
  };
}
