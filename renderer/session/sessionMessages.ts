import type { Language } from '../../shared/model';
import { describeProblemIn } from '../../shared/format/problems';
import { translator } from '../../shared/i18n/core';
import { describeFileProblem } from '../../shared/i18n/files';
import { sessionStrings } from '../../shared/i18n/session';
import { FileAccessError, SaveConflictError, UnreadableFileError } from '../platform/platform';

/**
 * What the user is told when reading, saving or exporting fails: always in the UI language,
 * always naming the user's file (never a temporary file), with the problems of a file that
 * is not a theory listed one per line.
 */
export interface SessionMessage {
  message: string;
  details?: string[];
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const say = (language: Language) => translator(sessionStrings, language);

export function readErrorMessage(language: Language, error: unknown, name?: string): SessionMessage {
  const t = say(language);
  if (error instanceof UnreadableFileError) return { message: t('openFailed', { name: error.fileName }), details: error.problems.map(describeProblemIn(language)) };
  if (error instanceof FileAccessError) {
    if (error.code === 'permission') return { message: t('noPermission', { name: error.fileName }) };
    if (error.code === 'missing') return { message: t('fileMissing', { name: error.fileName }) };
    return { message: t('readFailedNamed', { name: error.fileName, reason: describeFileProblem(language, error.code, error.info) }) };
  }
  return { message: name ? t('readFailedNamed', { name, reason: reasonOf(error) }) : t('readFailed', { reason: reasonOf(error) }) };
}

export function saveErrorMessage(language: Language, error: unknown, name: string): SessionMessage {
  const t = say(language);
  if (error instanceof SaveConflictError) return { message: t('saveConflictRefused', { name: error.fileName, reason: describeFileProblem(language, error.conflict) }) };
  if (error instanceof FileAccessError) return { message: t('saveFailed', { name: error.fileName, reason: describeFileProblem(language, error.code, error.info) }) };
  return { message: t('saveFailed', { name, reason: reasonOf(error) }) };
}

export function exportErrorMessage(language: Language, error: unknown): SessionMessage {
  const t = say(language);
  const reason = error instanceof FileAccessError ? describeFileProblem(language, error.code, error.info) : reasonOf(error);
  return { message: t('exportFailed', { reason }) };
}

export function unreadableRecoveryMessage(language: Language, keptAt: string | null, problems: Parameters<ReturnType<typeof describeProblemIn>>[0][]): SessionMessage {
  const t = say(language);
  return { message: keptAt ? t('recoveryUnreadable', { where: keptAt }) : t('recoveryUnreadableNotKept'), details: problems.map(describeProblemIn(language)) };
}
