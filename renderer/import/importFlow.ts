import type { Services } from '../state/services';
import type { ImportFile } from '../platform/platform';
import { TooLargeError } from '../platform/platform';
import { importUiStrings, describeImportMessage } from '../../shared/i18n/import';
import { format } from '../../shared/i18n/core';
import type { ImportMessage } from '../../shared/import/types';
import type { ImportSettings, ImportSource } from '../../shared/import/index';
import type { ImportTarget } from './pending';
import { toastCommandError } from '../state/commandErrorToast';
import { openAsNew } from '../state/openAsNew';
import { LIMITS } from '../../shared/format/limits';

/**
 * The app's side of an import: files in (File ▸ Import…, a drop on the window), the preview
 * dialog, and on accept one step through the editor, undoable like any other. The importers
 * (shared/import, with exceljs and papaparse) load the first time an import is made.
 */
const loadImporters = () => import('../../shared/import/index');
const loadBuild = () => import('../../shared/import/build');

export type { ImportTarget } from './pending';

const showError = (services: Services, message: string, details: string[]) => services.ui.set({ dialog: { kind: 'error', message, details } });

function showProblems(services: Services, name: string, problems: ImportMessage[]): void {
  const language = services.ui.get().language;
  showError(services, format(importUiStrings[language].importFailed, { name }), problems.map((p) => describeImportMessage(p, language)));
}

/** Read the files and show the preview; a file that cannot be imported is named with its problems. */
export async function importFiles(services: Services, files: ImportFile[]): Promise<void> {
  if (files.length === 0) return;
  const name = files.map((f) => f.name).join(', ');
  const { openImportFiles, proposeSettings, runImport } = await loadImporters();
  const opened = await openImportFiles(files);
  if (!opened.ok) return showProblems(services, name, opened.problems);
  const proposed = proposeSettings(opened.source);
  if (!proposed.ok) return showProblems(services, name, proposed.problems);
  const source = opened.source;
  services.ui.set({
    dialog: {
      kind: 'importPreview',
      pending: {
        source,
        settings: proposed.settings,
        run: (settings) => runImport(source, settings),
        propose: (options) => proposeSettings(source, options),
        accept: (settings, target) => acceptImport(services, source, settings, target),
      },
    },
  });
}

/** File ▸ Import…: the platform's picker, then the preview. */
export async function chooseAndImport(services: Services): Promise<void> {
  let files: ImportFile[] | null;
  try {
    files = await services.platform.openImportFiles();
  } catch (error) {
    return reportReadError(services, error);
  }
  if (files) await importFiles(services, files);
}

export function reportReadError(services: Services, error: unknown): void {
  const language = services.ui.get().language;
  if (error instanceof TooLargeError) {
    return showProblems(services, error.fileName, [{ at: { kind: 'file' }, key: 'tooLarge', params: { limit: LIMITS.fileBytes } }]);
  }
  showError(services, importUiStrings[language].importUnreadable, [error instanceof Error ? error.message : String(error)]);
}

/**
 * Make what the preview showed: into the open theory as one undoable step (source
 * `import`), or as a new theory whose first undo step is the import. False when it was
 * refused (the problems are shown) or the user kept unsaved work.
 */
export async function acceptImport(services: Services, source: ImportSource, settings: ImportSettings, target: ImportTarget): Promise<boolean> {
  const [{ runImport, titleFromName }, { buildMerge, buildNewTheory }] = await Promise.all([loadImporters(), loadBuild()]);
  const result = runImport(source, settings);
  if (!result.ok) {
    showProblems(services, source.name, result.problems);
    return false;
  }
  const { editor, session } = services;
  if (target === 'open') {
    const merged = buildMerge(editor.document, result.result);
    if (!merged.ok) {
      showProblems(services, source.name, merged.problems);
      return false;
    }
    // Into this theory: the merge must keep to the same limits as any change (D1).
    try {
      editor.apply(merged.diff, { name: 'import' });
    } catch (error) {
      toastCommandError(services.ui, error);
      return false;
    }
    return true;
  }
  const language = services.ui.get().language;
  const built = buildNewTheory(result.result, { title: titleFromName(source.name), language, now: new Date().toISOString() });
  if (!built.ok) {
    showProblems(services, source.name, built.problems);
    return false;
  }
  // The import is the new theory's first step: undo gives the empty theory back.
  return openAsNew(services, built.document, 'import');
}
