import type { Language } from '../../shared/model';
import { sessionStrings } from '../../shared/i18n/session';
import { withoutTheoryExtension } from '../../shared/fileTypes';

/**
 * What an open theory is called: its file name, or "Untitled" in the UI language; and the
 * name a Save As or an export suggests.
 */
const UNTITLED_NAMES: readonly string[] = [sessionStrings.nl.untitled, sessionStrings.en.untitled];

export function untitledName(language: Language): string {
  return sessionStrings[language].untitled;
}

export function displayName(fileName: string | null, language: Language): string {
  return fileName ?? untitledName(language);
}

/**
 * The file name to suggest: the open file's name with the new extension, else the theory's
 * title (without characters file systems refuse), else "Untitled".
 */
export function suggestedFileName(fileName: string | null, title: string, extension: string, language: Language): string {
  const base = (fileName ? withoutTheoryExtension(fileName) : '') || title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || untitledName(language);
  return `${base}.${extension}`;
}

/**
 * The name a recovery copy was saved under, when it names a file: a copy of an untitled
 * theory (in either language) comes back untitled, in the language of now.
 */
export function recoveredFileName(name: unknown): string | null {
  return typeof name === 'string' && name !== '' && !UNTITLED_NAMES.includes(name) ? name : null;
}
