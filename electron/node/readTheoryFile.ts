import { promises as fs } from 'node:fs';
import { LIMITS, formatSizeAndLimit } from '../../shared/format/limits';
import { parseDocument, type ParseResult } from '../../shared/format/parse';
import { makeProblem } from '../../shared/format/problems';
import type { FormatMessageKey, MessageParams } from '../../shared/i18n/errors';

/**
 * Read a theory file from disk for the CLI and the main process: checks the size before
 * reading, decodes strict UTF-8 (a binary file is refused, not garbled), then parses.
 */
export async function readTheoryFile(path: string): Promise<ParseResult> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return fail('not-a-file', 'notAFile');
    size = stat.size;
  } catch (error) {
    return fail('unreadable', 'unreadable', { detail: describeFsError(error) });
  }
  if (size > LIMITS.fileBytes) {
    return fail('too-large', 'tooLarge', formatSizeAndLimit(size, LIMITS.fileBytes));
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return fail('unreadable', 'unreadable', { detail: describeFsError(error) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not-text', 'notUtf8');
  }
  return parseDocument(text);
}

function fail(code: string, key: FormatMessageKey, params?: MessageParams): ParseResult {
  return { ok: false, problems: [makeProblem(code, '', key, params)] };
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
