import type { FileProblemCode, SaveConflict } from '../bridge';
import type { Language } from '../model';
import { defineBundle, translator } from './core';

/**
 * Why a file could not be read or written, in words (the reason part of "Could not save
 * "x": {reason}"). The desktop app, the browser and the CLI say the same thing.
 */
export const fileProblemStrings = defineBundle({
  nl: {
    missing: 'het bestand bestaat niet (meer)',
    'missing-folder': 'de map {folder} bestaat niet (meer)',
    permission: 'Werkzaam heeft geen toestemming om hier te schrijven',
    'permission-folder': 'Werkzaam heeft geen toestemming om in de map {folder} te schrijven',
    'read-only-volume': 'de schijf of map is alleen-lezen',
    'disk-full': 'de schijf is vol',
    'link-loop': 'het bestand is een snelkoppeling (symbolische link) die naar zichzelf verwijst',
    'is-folder': 'dit is een map, geen bestand',
    'name-too-long': 'de naam van het bestand is te lang',
    busy: 'het bestand is in gebruik door een ander programma',
    other: 'onverwachte fout van het systeem ({detail})',
    'changed-on-disk': 'het bestand is op de schijf gewijzigd sinds je het opende',
    'read-only': 'het bestand is alleen-lezen',
  },
  en: {
    missing: 'the file does not exist (any more)',
    'missing-folder': 'the folder {folder} does not exist (any more)',
    permission: 'Werkzaam has no permission to write here',
    'permission-folder': 'Werkzaam has no permission to write in the folder {folder}',
    'read-only-volume': 'the disk or folder is read-only',
    'disk-full': 'the disk is full',
    'link-loop': 'the file is a symbolic link that points to itself',
    'is-folder': 'this is a folder, not a file',
    'name-too-long': 'the file name is too long',
    busy: 'the file is in use by another program',
    other: 'unexpected system error ({detail})',
    'changed-on-disk': 'the file was changed on disk since you opened it',
    'read-only': 'the file is read-only',
  },
});

export function describeFileProblem(language: Language, code: FileProblemCode | SaveConflict, info: { folder?: string; detail?: string } = {}): string {
  const t = translator(fileProblemStrings, language);
  const key = code === 'permission' && info.folder ? 'permission-folder' : code;
  return t(key, { folder: info.folder ?? '', detail: info.detail || '?' });
}
