import type { ExportKind, FileProblemCode, SaveConflict } from '../../shared/bridge';
import type { FormatProblem } from '../../shared/format/problems';
import type { Language } from '../../shared/model';
import type { PersonalInstrument, PersonalLibraryRead } from '../../shared/research/personalLibrary';

/**
 * The renderer's only door to the outside world. Two implementations:
 * electronPlatform (preload bridge) and webPlatform (File System Access API with a
 * download/upload fallback, IndexedDB/localStorage). The renderer never asks which one
 * it has; it asks for capabilities.
 */
export interface OpenedFile {
  /** Opaque reference used to save back to the same file; null if it cannot be (uploaded file). */
  ref: FileRef | null;
  name: string;
  text: string;
}

/** Opaque to the renderer: a path in Electron, a FileSystemFileHandle in the browser. */
export interface FileRef {
  readonly platform: string;
  readonly name: string;
}

export interface RecentEntry {
  ref: FileRef;
  name: string;
  openedAt: string;
}

export interface SaveResult {
  ref: FileRef | null;
  name: string;
}

export type MenuActionListener = (action: string, payload?: string) => void;

/** What the window title (and, in Electron, the OS proxy icon and close prompt) reflect. */
export interface DocumentState {
  name: string;
  dirty: boolean;
  /** The file on disk, when there is one; lets the desktop host show it. */
  ref?: FileRef | null;
}

/**
 * The host asks the app to open a file (a double-clicked file, a second instance, the
 * native Open Recent menu). The app first settles unsaved work, then calls read(); a
 * read that fails rejects, so the app can say why.
 */
export interface OpenRequest {
  name: string;
  read(): Promise<OpenedFile>;
}

/**
 * A file the platform could not reach or write, for a reason the user can act on. The
 * session turns the code into a message in the UI language (shared/i18n/files.ts) that
 * names the file; `message` is for logs.
 */
export class FileAccessError extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly fileName: string,
    readonly info: { folder?: string; detail?: string } = {},
  ) {
    super(`"${fileName}": ${code}${info.folder ? ` (${info.folder})` : ''}${info.detail ? `: ${info.detail}` : ''}`);
    this.name = 'FileAccessError';
  }
}

/** A file that was read but is no theory by its bytes (too large, binary): reported like a file that fails to parse. */
export class UnreadableFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: FormatProblem[],
  ) {
    super(`"${fileName}": ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'UnreadableFileError';
  }
}

/**
 * A save that needs the user's word: the file changed on disk since it was read, or it is
 * read-only. `retry` is where to save once the user agrees (the file a Save As dialog chose).
 */
export class SaveConflictError extends Error {
  constructor(
    readonly conflict: SaveConflict,
    readonly fileName: string,
    readonly retry: FileRef | null,
  ) {
    super(`"${fileName}": ${conflict}`);
    this.name = 'SaveConflictError';
  }
}

export interface SaveOptions {
  /** Conflicts the user agreed to overwrite. */
  overwrite?: readonly SaveConflict[];
}

/** A file handed over for import (chosen in the import dialog or dropped on the window). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Bigger files are refused before they are read: the same limit as a theory file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A file handed over for import that is over MAX_IMPORT_BYTES: refused before it is read. */
export class TooLargeError extends Error {
  constructor(readonly fileName: string) {
    super(`"${fileName}" is larger than ${MAX_IMPORT_BYTES} bytes`);
    this.name = 'TooLargeError';
  }
}

/** Files dropped on the window, read as bytes (the same in the desktop app and a browser); TooLargeError before reading any if one is too large. */
export async function readDroppedFiles(files: ArrayLike<File>): Promise<ImportFile[]> {
  const list = Array.from(files);
  const big = list.find((f) => f.size > MAX_IMPORT_BYTES);
  if (big) throw new TooLargeError(big.name);
  return Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export interface Platform {
  /** True when the host draws native menus (then the in-app menu bar is hidden). */
  readonly nativeMenus: boolean;
  /** Shortcuts use Cmd (and show ⌘ ⇧ ⌥) rather than Ctrl: the keyboard of a Mac. */
  readonly macShortcuts: boolean;
  openFile(): Promise<OpenedFile | null>;
  openRecent(entry: RecentEntry): Promise<OpenedFile>;
  /** File ▸ Import…: spreadsheets and Kumu files (several CSV files at once); null when cancelled. */
  openImportFiles(): Promise<ImportFile[] | null>;
  /** Files dropped on the window. */
  readDroppedFiles(files: ArrayLike<File>): Promise<ImportFile[]>;
  /**
   * Save to ref, or ask where (Save As) when ref is null. Null when the user cancels. Throws
   * SaveConflictError when the file changed on disk since it was read (or is read-only)
   * unless `options.overwrite` allows it, FileAccessError when it cannot be written.
   */
  saveFile(text: string, ref: FileRef | null, suggestedName: string, options?: SaveOptions): Promise<SaveResult | null>;
  saveExport(kind: ExportKind, data: string | Uint8Array, suggestedName: string): Promise<boolean>;
  recentFiles(): Promise<RecentEntry[]>;
  getLanguage(): Promise<Language | null>;
  setLanguage(language: Language): Promise<void>;
  /**
   * The personal instrument library in the app's settings (#11): what could be read of it,
   * and what could not, named. Never rejects over bad stored data.
   */
  readPersonalLibrary(): Promise<PersonalLibraryRead>;
  /** Keep this list as the personal library; rejects when it cannot be kept (storage full or off). */
  writePersonalLibrary(instruments: PersonalInstrument[]): Promise<void>;
  setDocumentState(state: DocumentState): void;
  writeRecovery(text: string): Promise<void>;
  readRecovery(): Promise<string | null>;
  clearRecovery(): Promise<void>;
  /** This window's recovery copy cannot be loaded: set it aside (never deleted); where it is now. */
  keepRecovery(): Promise<string>;
  /** Where every recovery copy set aside is. */
  keptRecovery(): Promise<string[]>;
  onMenuAction(listener: MenuActionListener): () => void;
  /** Host asks whether it may close; answer true to close. Web: beforeunload. */
  onCloseRequest(listener: () => Promise<boolean>): () => void;
  /** The host hands the app a file to open (double-clicked file, second instance, native recent menu). */
  onOpenRequest(listener: (request: OpenRequest) => void): () => void;
  /** Toggle full screen (native in Electron, the Fullscreen API in a browser). */
  toggleFullScreen(): void;
  /** Another window (desktop) or tab (browser) with a new theory. */
  openWindow(): void;
  /** Close this window after the usual unsaved-work question; false where a page cannot close itself. */
  closeWindow(): boolean;
  /** The app's version (package.json). */
  readonly appVersion: string;
}

/** Whether a browser's navigator describes an Apple keyboard. */
export function usesMacShortcuts(nav: { platform?: string; userAgent?: string } | undefined): boolean {
  return Boolean(nav && /Mac|iPhone|iPad/.test(nav.platform || nav.userAgent || ''));
}
