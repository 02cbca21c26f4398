import type { ImportOutcome } from '../../shared/import/types';
import type { ImportSettings, ImportSource, ProposeOptions, ProposeOutcome } from '../../shared/import/index';

export type ImportTarget = 'open' | 'new';

/**
 * An import waiting in the preview dialog: the file as read, the proposed settings, and
 * the importer's functions (loaded with exceljs and papaparse only when an import starts,
 * so the dialog itself imports none of them).
 */
export interface PendingImport {
  source: ImportSource;
  settings: ImportSettings;
  run(settings: ImportSettings): ImportOutcome;
  propose(options: ProposeOptions): ProposeOutcome;
  accept(settings: ImportSettings, target: ImportTarget): Promise<boolean>;
}
