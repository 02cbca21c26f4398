import type { Services } from '../state/services';
import type { ImportFile } from '../platform/platform';
import { translator } from '../../shared/i18n/core';
import { measurementEditorStrings } from '../../shared/i18n/measurementEditor';
import { reportReadError } from '../import/importFlow';
import { toastCommandError } from '../state/commandErrorToast';

/**
 * The CSV reader (papaparse) loads the first time measurements are imported; the text
 * decoding rule is the import flow's own (shared/import/decodeText.ts), without the
 * spreadsheet readers (exceljs) that a CSV does not need.
 */
const loadReaders = () => Promise.all([import('../../shared/import/measurements'), import('../../shared/import/decodeText')]);

/**
 * File ▸ Import measurements…: a CSV of measured values into the open theory's indicators
 * (issue #11; shared/import/measurements.ts reads it). A file without a bad row is applied
 * at once, as one undo step; with bad rows, each is named (row, column, why) in the UI
 * language and nothing is imported unless the user chooses to import the good rows alone.
 */
export async function chooseAndImportMeasurements(services: Services): Promise<void> {
  let files: ImportFile[] | null;
  try {
    files = await services.platform.openImportFiles();
  } catch (error) {
    return reportReadError(services, error);
  }
  const file = files?.[0];
  if (file) await importMeasurementsFile(services, file);
}

export async function importMeasurementsFile(services: Services, file: ImportFile): Promise<void> {
  const { editor, ui } = services;
  const [{ parseMeasurementsCsv, measurementImport, describeMeasurementProblem, fileReadable }, { decodeText }] = await loadReaders();
  const language = ui.get().language;
  const m = translator(measurementEditorStrings, language);
  const parsed = parseMeasurementsCsv(decodeText(file.bytes), editor.theory);
  const problems = parsed.problems.map((p) => describeMeasurementProblem(p, language, file.name));
  const apply = (skipBad: boolean) => {
    const args = measurementImport(parsed, { skipBad });
    if (!args) return;
    try {
      editor.run('addMeasurements', args, { source: 'import' });
    } catch (error) {
      return toastCommandError(ui, error);
    }
    const n = args.items.length;
    const done = n === 1 ? m('importedOne', { name: file.name }) : m('imported', { n, name: file.name });
    const ignored = parsed.ignored.map((c) => `"${c.header}"`).join(', ');
    ui.set({ toast: ignored ? `${done} ${m('importedIgnored', { columns: ignored })}` : done });
  };
  if (!fileReadable(parsed) || parsed.rows.length === 0) {
    return ui.set({ dialog: { kind: 'error', message: m('importUnreadable', { name: file.name }), details: problems } });
  }
  if (problems.length === 0) return apply(false);
  ui.set({ dialog: { kind: 'measurementImport', name: file.name, problems, rows: parsed.dataRows, good: parsed.rows.length, resolve: (skipBad) => skipBad && apply(true) } });
}
