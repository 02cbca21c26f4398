import { serializeDocument } from '../../../shared/format/serialize';
import type { ExportKind } from '../../../shared/bridge';
import type { ExportChoices, ExportFormat } from '../../state/uiStore';
import { exportPdf, exportPng, exportSvg } from '../../export/exportPdf';
import { exportDocx, exportXlsx } from '../../export/exportOffice';
import { chooseAndImport } from '../../import/importFlow';
import type { ActionContext } from '../context';
import type { Behaviours } from './types';
import { translator } from '../../../shared/i18n/core';
import { sessionStrings } from '../../../shared/i18n/session';
import { shownDocument, shownTheory, shownVersion } from '../../versions/shownTheory';

function viewport(ctx: ActionContext) {
  const flow = ctx.flow();
  const el = document.querySelector('.react-flow');
  if (!flow || !el) return undefined;
  const { x, y, zoom } = flow.getViewport();
  return { x: -x / zoom, y: -y / zoom, width: el.clientWidth / zoom, height: el.clientHeight / zoom };
}

// Every export asks first: the report's language and sections, or the whole theory or the view.
// While a saved version is shown read-only, every export writes that version (what the user
// sees), the dialog says so and the file's suggested name carries the version's name.
const ask = (ctx: ActionContext, format: ExportFormat) =>
  new Promise<ExportChoices | null>((resolve) =>
    ctx.ui.set({
      dialog: {
        kind: 'exportOptions',
        format,
        shownVersion: shownVersion(ctx)?.label ?? null,
        defaults: { language: shownTheory(ctx).language, includeChecks: false, includeNotes: false, changesSince: '', scope: 'whole' },
        resolve,
      },
    }),
  );
const exportName = (ctx: ActionContext, format: ExportKind) => ctx.session.exportName(format, shownVersion(ctx)?.label);
/** The report's "Changes since version …" section (shared/report/provenance.ts, as `werkzaam export --changes-since`), when one was chosen and is still in the file. */
const since = (ctx: ActionContext, choices: ExportChoices) =>
  choices.changesSince !== '' && ctx.editor.document.versions.some((v) => v.id === choices.changesSince) ? { changesSince: choices.changesSince } : {};
const area = (ctx: ActionContext, choices: ExportChoices) => (choices.scope === 'view' ? viewport(ctx) : undefined);

/** Ask, build, and hand the result to the platform; a build that fails is reported, not thrown. */
async function exportWith(ctx: ActionContext, format: ExportFormat, build: (choices: ExportChoices) => string | Uint8Array | Promise<string | Uint8Array>) {
  const choices = await ask(ctx, format);
  if (!choices) return;
  let data: string | Uint8Array;
  try {
    data = await build(choices);
  } catch (error) {
    return ctx.session.reportExportError(error);
  }
  await ctx.session.exportFile(format, data, exportName(ctx, format));
}

export const fileBehaviours: Behaviours<'file.' | 'export.'> = {
  // New asks which template (Empty is chosen, so Enter gives an empty theory); then, as
  // always, what to do with unsaved work.
  'file.new': {
    perform: async ({ ui, session }) => {
      const template = await new Promise<string | null>((resolve) => ui.set({ dialog: { kind: 'newTheory', resolve } }));
      if (template) await session.newDocument(template);
    },
  },
  'file.newWindow': { perform: ({ platform }) => platform.openWindow() },
  'file.open': { perform: ({ session }) => session.open() },
  'file.import': { perform: (ctx) => chooseAndImport(ctx) },
  'file.save': { perform: ({ session }) => session.save() },
  'file.saveAs': { perform: ({ session }) => session.saveAs() },
  // The desktop closes the window (asking about unsaved work); a browser tab starts afresh.
  'file.close': { perform: ({ platform, session }) => (platform.closeWindow() ? undefined : session.newDocument()) },
  'export.pdf': {
    perform: (ctx) =>
      exportWith(ctx, 'pdf', async (choices) => {
        ctx.ui.set({ progress: 0 });
        try {
          const options = { language: choices.language, includeChecks: choices.includeChecks, includeNotes: choices.includeNotes, ...since(ctx, choices) };
          return await exportPdf(shownDocument(ctx), options, (fraction) => ctx.ui.set({ progress: fraction }), (notice) => ctx.ui.set({ toast: notice }));
        } finally {
          ctx.ui.set({ progress: null });
        }
      }),
  },
  'export.docx': {
    perform: (ctx) =>
      exportWith(ctx, 'docx', async (choices) => {
        ctx.ui.set({ progress: 0 });
        try {
          return await exportDocx(shownDocument(ctx), { language: choices.language, includeChecks: choices.includeChecks, includeNotes: choices.includeNotes, ...since(ctx, choices) });
        } finally {
          ctx.ui.set({ progress: null });
        }
      }),
  },
  'export.xlsx': { perform: (ctx) => exportWith(ctx, 'xlsx', (choices) => exportXlsx(shownDocument(ctx), choices.language)) },
  'export.json': { perform: (ctx) => ctx.session.exportFile('json', serializeDocument(shownDocument(ctx)), exportName(ctx, 'json')) },
  'export.svg': { perform: (ctx) => exportWith(ctx, 'svg', (choices) => exportSvg(shownTheory(ctx), choices.language, area(ctx, choices))) },
  'export.png': {
    perform: (ctx) =>
      exportWith(ctx, 'png', (choices) =>
        exportPng(shownTheory(ctx), choices.language, area(ctx, choices), {
          // Too large for a canvas at 2×: drawn smaller, and the user told why and what gives every detail.
          onReduced: (scale, width, height) =>
            ctx.ui.set({
              toast: translator(sessionStrings, ctx.ui.get().language)('pngReduced', {
                percent: String(Math.floor(scale * 100)),
                width: width.toLocaleString(ctx.ui.get().language),
                height: height.toLocaleString(ctx.ui.get().language),
              }),
            }),
        }),
      ),
  },
};
