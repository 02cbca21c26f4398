import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { BridgeImportFile } from '../../shared/bridge';
import { MAX_FILE_BYTES } from './files';
import { describeFsError } from '../node/readTheoryFile';

/** At most this many files in one import (the CSV files of a workbook are five). */
export const MAX_IMPORT_FILES = 20;

/**
 * The files the user chose in the import dialog, as bytes for the renderer's importers: a
 * file over the size limit or one that cannot be read ends the import with its name.
 */
export async function readImportFiles(paths: readonly string[]): Promise<BridgeImportFile[] | { failed: string; name: string }> {
  if (paths.length > MAX_IMPORT_FILES) return { failed: `choose at most ${MAX_IMPORT_FILES} files`, name: basename(paths[0] ?? '') };
  const files: BridgeImportFile[] = [];
  for (const path of paths) {
    const name = basename(path);
    try {
      const stat = await fs.stat(path);
      if (!stat.isFile()) return { failed: 'this is not a file', name };
      // The renderer names this in the UI language.
      if (stat.size > MAX_FILE_BYTES) return { failed: 'too-large', name };
      files.push({ name, bytes: new Uint8Array(await fs.readFile(path)) });
    } catch (error) {
      return { failed: describeFsError(error), name };
    }
  }
  return files;
}
