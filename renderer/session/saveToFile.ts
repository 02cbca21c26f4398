import type { SaveConflict } from '../../shared/bridge';
import { SaveConflictError, type FileRef, type Platform, type SaveResult } from '../platform/platform';

export type OverwriteChoice = 'overwrite' | 'saveAs' | 'cancel';

/**
 * Save through the platform, asking the user when the file changed on disk since it was
 * read, or is read-only: overwrite it (then try again, with that conflict allowed), save as
 * a new file instead (the Save As dialog), or cancel. Without a way to ask, a conflict is
 * an error like any other and nothing is overwritten. Null: the user cancelled.
 */
export async function saveWithConsent(
  platform: Platform,
  ask: ((conflict: SaveConflict, name: string) => Promise<OverwriteChoice>) | undefined,
  text: string,
  target: FileRef | null,
  suggestedName: string,
): Promise<SaveResult | null> {
  let ref = target;
  let overwrite: SaveConflict[] = [];
  // Each conflict is asked about once per file: once allowed, the platform does not raise it again.
  for (;;) {
    try {
      return await platform.saveFile(text, ref, suggestedName, { overwrite });
    } catch (error) {
      if (!(error instanceof SaveConflictError) || !ask) throw error;
      const choice = await ask(error.conflict, error.fileName);
      if (choice === 'cancel') return null;
      if (choice === 'saveAs') {
        ref = null;
        overwrite = [];
      } else {
        ref = error.retry ?? ref;
        overwrite = [...overwrite, error.conflict];
      }
    }
  }
}
