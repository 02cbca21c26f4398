import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ExportKind } from '../../shared/bridge';
import { translator } from '../../shared/i18n/core';
import { menuStrings } from '../../shared/i18n/menu';
import type { Language } from '../../shared/model';

/** Extensions a theory may have; .json is the same format under the name funders' tools know. */
import { THEORY_EXTENSIONS as EXTENSIONS } from '../../shared/fileTypes';

export const THEORY_EXTENSIONS: string[] = [...EXTENSIONS];

const EXPORTS: Record<ExportKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  json: { name: 'JSON', extensions: ['json'] },
  png: { name: 'PNG', extensions: ['png'] },
  svg: { name: 'SVG', extensions: ['svg'] },
  docx: { name: 'Word', extensions: ['docx'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
};

/** What File ▸ Import… takes: spreadsheets and Kumu files (see shared/import). */
export const IMPORT_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'json'];

export function importDialogOptions(language: Language): OpenDialogOptions {
  const t = translator(menuStrings, language);
  return { title: t('importTitle'), properties: ['openFile', 'multiSelections'], filters: [{ name: t('importFilter'), extensions: IMPORT_EXTENSIONS }] };
}

export function openDialogOptions(language: Language): OpenDialogOptions {
  const t = translator(menuStrings, language);
  return { title: t('openTitle'), properties: ['openFile'], filters: [{ name: t('theoryFilter'), extensions: THEORY_EXTENSIONS }] };
}

export function saveDialogOptions(language: Language, suggestedName: string): SaveDialogOptions {
  const t = translator(menuStrings, language);
  return { title: t('saveTitle'), defaultPath: suggestedName, filters: [{ name: t('theoryFilter'), extensions: THEORY_EXTENSIONS }], properties: ['showOverwriteConfirmation', 'createDirectory'] };
}

/** One filter per export, so the dialog adds the right extension when the user leaves it off. */
export function exportDialogOptions(language: Language, kind: ExportKind, suggestedName: string): SaveDialogOptions {
  const t = translator(menuStrings, language);
  const filter = EXPORTS[kind];
  return { title: t('exportTitle', { kind: filter.name }), defaultPath: suggestedName, filters: [filter], properties: ['showOverwriteConfirmation', 'createDirectory'] };
}
