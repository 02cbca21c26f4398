import { promises as fs } from 'node:fs';
import { decodeTheoryBytes, tooLargeProblem } from '../../shared/format/decode';
import { parseDocument, type ParseResult } from '../../shared/format/parse';
import { makeProblem, type FormatProblem } from '../../shared/format/problems';

/**
 * A theory file's text, by the one decoding rule of shared/format/decode.ts: the size is
 * checked before reading, a byte order mark picks UTF-8 or UTF-16, anything else is strict
 * UTF-8. A file that cannot be reached or is not text gives a problem instead.
 */
export async function readTheoryText(path: string): Promise<{ ok: true; text: string } | { ok: false; problems: FormatProblem[]; error?: unknown }> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    // A folder, pipe or device (a FIFO would block the read forever) is not a theory.
    if (!stat.isFile()) return { ok: false, problems: [makeProblem('not-a-file', '', 'notAFile')] };
    size = stat.size;
  } catch (error) {
    return { ok: false, problems: [makeProblem('unreadable', '', 'unreadable', { detail: describeFsError(error) })], error };
  }
  const tooLarge = tooLargeProblem(size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return { ok: false, problems: [makeProblem('unreadable', '', 'unreadable', { detail: describeFsError(error) })], error };
  }
  const decoded = decodeTheoryBytes(bytes);
  return decoded.ok ? decoded : { ok: false, problems: [decoded.problem] };
}

/** Read and parse a theory file (the CLI and the main process). */
export async function readTheoryFile(path: string): Promise<ParseResult> {
  const read = await readTheoryText(path);
  return read.ok ? parseDocument(read.text) : { ok: false, problems: read.problems };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
