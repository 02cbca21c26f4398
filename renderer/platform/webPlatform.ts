import type { ExportKind, FileProblemCode, FileVersion } from '../../shared/bridge';
import { decodeTheoryBytes, tooLargeProblem } from '../../shared/format/decode';
import { LANGUAGES, type Language } from '../../shared/model';
import { readPersonalLibraryText } from '../../shared/research/personalLibrary';
import { THEORY_EXTENSIONS } from '../../shared/fileTypes';
import { memoryStore, openKeyValueStore, type KeyValueStore } from './idb';
import { tabRecovery } from './webRecovery';
import { FileAccessError, SaveConflictError, UnreadableFileError, readDroppedFiles, usesMacShortcuts, type FileRef, type OpenedFile, type Platform, type RecentEntry } from './platform';

/* Minimal typings for the File System Access API (not yet in TypeScript's DOM lib). */
interface WritableFile {
  write(data: Blob | string): Promise<void>;
  close(): Promise<void>;
  abort?(reason?: unknown): Promise<void>;
}
interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  isSameEntry?(other: FileHandle): Promise<boolean>;
}
interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}
interface FsWindow {
  showOpenFilePicker?(options: { types: PickerType[]; multiple?: boolean }): Promise<FileHandle[]>;
  showSaveFilePicker?(options: { suggestedName: string; types: PickerType[] }): Promise<FileHandle>;
}

interface HandleRef extends FileRef {
  readonly platform: 'web';
  readonly handle: FileHandle;
  /** The file as it was when read or last saved; null where there is nothing to compare yet. */
  readonly version?: FileVersion | null;
}

const versionOf = (file: File): FileVersion => ({ mtimeMs: file.lastModified, size: file.size, ino: 0 });
const handleRef = (handle: FileHandle, version: FileVersion | null): HandleRef => ({ platform: 'web', name: handle.name, handle, version });

/**
 * A theory's text from a picked file, by the same rule as the CLI and the desktop app
 * (shared/format/decode.ts): the size first, from the file's metadata, so a 700 MB file is
 * refused without being read; then strict decoding (UTF-8, or UTF-16 with a mark).
 */
export async function readTheoryBlob(file: Blob, name: string): Promise<string> {
  const tooLarge = tooLargeProblem(file.size);
  if (tooLarge) throw new UnreadableFileError(name, [tooLarge]);
  const decoded = decodeTheoryBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) throw new UnreadableFileError(name, [decoded.problem]);
  return decoded.text;
}

/** What the File System Access API's errors mean for the user (see FileProblemCode). */
function problemOf(error: DOMException): FileProblemCode {
  switch (error.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'permission';
    case 'NotFoundError':
      return 'missing';
    case 'QuotaExceededError':
      return 'disk-full';
    case 'NoModificationAllowedError':
    case 'InvalidModificationError':
      return 'busy';
    case 'TypeMismatchError':
      return 'is-folder';
    default:
      return 'other';
  }
}

function accessError(error: unknown, name: string): unknown {
  if (!(error instanceof DOMException)) return error;
  const code = problemOf(error);
  return new FileAccessError(code, name, code === 'other' ? { detail: error.name } : {});
}

const THEORY_TYPE: PickerType = { description: 'Werkzaam', accept: { 'application/json': THEORY_EXTENSIONS.map((e) => `.${e}` as const) } };
const EXPORT_TYPES: Record<ExportKind, PickerType & { mime: string }> = {
  pdf: { description: 'PDF', accept: { 'application/pdf': ['.pdf'] }, mime: 'application/pdf' },
  png: { description: 'PNG', accept: { 'image/png': ['.png'] }, mime: 'image/png' },
  svg: { description: 'SVG', accept: { 'image/svg+xml': ['.svg'] }, mime: 'image/svg+xml' },
  json: { description: 'JSON', accept: { 'application/json': ['.json'] }, mime: 'application/json' },
  docx: { description: 'Word', accept: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { description: 'Excel', accept: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'] }, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};
const IMPORT_ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,text/csv,application/json';
const MAX_RECENT = 10;
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Offer bytes as a download: the fallback where the browser has no save picker. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Ask for a file with a hidden file input: the fallback where there is no open picker. */
export function pickFileWithInput(accept: string): Promise<File | null> {
  return pickFilesWithInput(accept, false).then((files) => files?.[0] ?? null);
}

/** Like pickFileWithInput, for several files (an import of a workbook's CSV files). */
export function pickFilesWithInput(accept: string, multiple = true): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files && input.files.length > 0 ? [...input.files] : null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Most recent first, one entry per file (`same`), at most MAX_RECENT. */
export async function mergeRecent<T extends { name: string; openedAt: string }>(
  list: readonly T[],
  entry: T,
  same: (a: T, b: T) => boolean | Promise<boolean> = (a, b) => a.name === b.name,
): Promise<T[]> {
  const others: T[] = [];
  for (const e of list) if (!(await same(e, entry))) others.push(e);
  return [entry, ...others].slice(0, MAX_RECENT);
}

interface StoredRecent {
  name: string;
  openedAt: string;
  handle: FileHandle;
}

/** Two handles name the same file: asked of the browser where it can tell (same name in two folders is two files). */
async function sameFile(a: StoredRecent, b: StoredRecent): Promise<boolean> {
  if (a.handle.isSameEntry) return a.handle.isSameEntry(b.handle).catch(() => false);
  return a.name === b.name;
}

/** localStorage can be missing or throw (storage disabled); preferences are not worth failing over. */
function storage(win: Window): Storage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

const LANGUAGE_KEY = 'werkzaam.language';
/** The personal instrument library (#11), as JSON text. */
const PERSONAL_LIBRARY_KEY = 'werkzaam.instruments';
/**
 * The browser build: File System Access API where the browser has it (its writable
 * streams write to a swap file and move it into place on close, so saves are atomic),
 * otherwise upload and download. Recent files and crash recovery live in IndexedDB.
 */
export function createWebPlatform(win: Window & FsWindow = window, store?: KeyValueStore, appVersion = ''): Platform {
  const kv = store ?? (typeof indexedDB === 'undefined' ? memoryStore() : openKeyValueStore());
  const slots = tabRecovery(win, kv, () => storage(win));
  let dirty = false;
  const appName = 'Werkzaam';

  const readRecent = async () => (await kv.get<StoredRecent[]>('recent').catch(() => undefined)) ?? [];
  const remember = async (handle: FileHandle) => {
    await kv.set('recent', await mergeRecent(await readRecent(), { name: handle.name, openedAt: new Date().toISOString(), handle }, sameFile));
  };
  const forget = async (handle: FileHandle) => {
    const list = await readRecent();
    const keep: StoredRecent[] = [];
    for (const e of list) if (!(await sameFile(e, { name: handle.name, openedAt: '', handle }))) keep.push(e);
    await kv.set('recent', keep);
  };
  const fromHandle = async (handle: FileHandle): Promise<OpenedFile> => {
    const file = await handle.getFile();
    const text = await readTheoryBlob(file, handle.name);
    await remember(handle).catch(() => undefined);
    return { ref: handleRef(handle, versionOf(file)), name: handle.name, text };
  };

  // A page cannot await a dialog while unloading: the browser's own prompt is all there is.
  win.addEventListener('beforeunload', (event) => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });

  return {
    nativeMenus: false,
    macShortcuts: usesMacShortcuts(win.navigator),
    appVersion,
    async openFile() {
      if (win.showOpenFilePicker) {
        try {
          const [handle] = await win.showOpenFilePicker({ types: [THEORY_TYPE] });
          return handle ? await fromHandle(handle) : null;
        } catch (error) {
          if (isAbort(error)) return null;
          throw error;
        }
      }
      const file = await pickFileWithInput('.werkzaam,.json,application/json');
      return file ? { ref: null, name: file.name, text: await readTheoryBlob(file, file.name) } : null;
    },
    async openImportFiles() {
      // An <input> rather than showOpenFilePicker: an import only reads, and the input takes several files in every browser.
      const files = await pickFilesWithInput(IMPORT_ACCEPT);
      return files ? readDroppedFiles(files) : null;
    },
    readDroppedFiles,
    async openRecent(entry: RecentEntry) {
      if (entry.ref.platform !== 'web') throw new Error(`"${entry.name}" was not opened in this browser.`);
      const handle = (entry.ref as HandleRef).handle;
      // A stored handle comes back without permission after a reload; asking needs the user's click (which this is).
      if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted') {
        const answer = (await handle.requestPermission?.({ mode: 'readwrite' })) ?? 'denied';
        if (answer !== 'granted') throw new FileAccessError('permission', entry.name);
      }
      try {
        return await fromHandle(handle);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') await forget(handle).catch(() => undefined);
        throw accessError(error, entry.name);
      }
    },
    async saveFile(text, target, suggestedName, options = {}) {
      const blob = new Blob([text], { type: 'application/json' });
      const ref = target && target.platform === 'web' ? (target as HandleRef) : null;
      let handle = ref?.handle ?? null;
      if (!handle && win.showSaveFilePicker) {
        try {
          handle = await win.showSaveFilePicker({ suggestedName, types: [THEORY_TYPE] });
        } catch (error) {
          if (isAbort(error)) return null;
          throw error;
        }
      }
      if (!handle) {
        downloadBlob(blob, suggestedName);
        return { ref: null, name: suggestedName };
      }
      // Changed by another program or tab since it was read or last saved here: ask first.
      const expected = ref?.handle === handle ? ref.version : null;
      if (expected && !options.overwrite?.includes('changed-on-disk')) {
        const current = await handle.getFile().catch(() => null);
        if (current && (current.lastModified !== expected.mtimeMs || current.size !== expected.size)) {
          throw new SaveConflictError('changed-on-disk', handle.name, handleRef(handle, expected));
        }
      }
      // The browser writes to a swap file and moves it into place on close(): the old file
      // stays as it was until then, and abort() throws the swap file away.
      let writable: WritableFile | undefined;
      try {
        writable = await handle.createWritable();
        await writable.write(blob);
        await writable.close();
      } catch (error) {
        await writable?.abort?.().catch(() => undefined);
        throw accessError(error, handle.name);
      }
      await remember(handle).catch(() => undefined);
      const written = await handle.getFile().catch(() => null);
      return { ref: handleRef(handle, written ? versionOf(written) : null), name: handle.name };
    },
    async saveExport(kind, data, suggestedName) {
      const type = EXPORT_TYPES[kind];
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: type.mime });
      if (win.showSaveFilePicker) {
        try {
          const handle = await win.showSaveFilePicker({ suggestedName, types: [type] });
          const writable = await handle.createWritable();
          await writable.write(blob);
          await writable.close();
          return true;
        } catch (error) {
          if (isAbort(error)) return false;
          throw error;
        }
      }
      downloadBlob(blob, suggestedName);
      return true;
    },
    async recentFiles() {
      return (await readRecent()).map((e) => ({ name: e.name, openedAt: e.openedAt, ref: handleRef(e.handle, null) }));
    },
    async getLanguage() {
      const value = storage(win)?.getItem(LANGUAGE_KEY) ?? '';
      return (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : null;
    },
    async setLanguage(language) {
      try {
        storage(win)?.setItem(LANGUAGE_KEY, language);
      } catch {
        // Storage full or disabled: the choice holds for this page only.
      }
    },
    async readPersonalLibrary() {
      let text: string | null = null;
      try {
        text = storage(win)?.getItem(PERSONAL_LIBRARY_KEY) ?? null;
      } catch {
        // Storage refused: an empty library for now; keeping will say why.
      }
      return readPersonalLibraryText(text);
    },
    async writePersonalLibrary(instruments) {
      const store = storage(win);
      if (!store) throw new Error('this browser keeps no settings for this page (storage is off)');
      // A full or refused storage throws: the caller tells the user the library was not kept.
      store.setItem(PERSONAL_LIBRARY_KEY, JSON.stringify(instruments));
    },
    setDocumentState(state) {
      dirty = state.dirty;
      // Each edit reports the state; writing an unchanged title still replaces the title's text (a DOM change per edit).
      const title = `${state.dirty ? '• ' : ''}${state.name} — ${appName}`;
      if (win.document.title !== title) win.document.title = title;
    },
    // One slot per tab (shared/recoverySlots.ts): two tabs never overwrite each other's copy.
    writeRecovery: async (text) => (await slots).write(text),
    readRecovery: async () => (await slots).claim(),
    clearRecovery: async () => (await slots).clear(),
    keepRecovery: async () => (await slots).keepAside(),
    keptRecovery: async () => (await slots).keptAside(),
    onMenuAction: () => () => undefined,
    onCloseRequest: () => () => undefined,
    // A browser page is never handed a file by its host (no File Handling manifest here).
    onOpenRequest: () => () => undefined,
    toggleFullScreen() {
      if (win.document.fullscreenElement) void win.document.exitFullscreen();
      else void win.document.documentElement.requestFullscreen?.();
    },
    openWindow() {
      // A new tab of this page: its own document, its own recovery slot.
      win.open(win.location.href.split('#')[0], '_blank', 'noopener');
    },
    // Browsers only let a page close windows it opened itself: Close starts a new theory instead.
    closeWindow: () => false,
  };
}
