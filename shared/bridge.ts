/**
 * The contract between the Electron preload (electron/preload.ts) and the renderer's
 * Electron platform (renderer/platform/electronPlatform.ts). Types only: the preload
 * exposes exactly this object as `window.werkzaam`, nothing more.
 */
import type { FormatProblem } from './format/problems';
import type { Language } from './model';
import type { PersonalInstrument, PersonalLibraryRead } from './research/personalLibrary';

/**
 * How a file was on disk when Werkzaam last read or wrote it. A save compares it with the
 * file as it is now, to notice a change made by another program or window in between.
 */
export interface FileVersion {
  mtimeMs: number;
  size: number;
  /** The file's identity (inode); an editor that saves by replacing the file changes it. 0 where unknown. */
  ino: number;
}

export interface BridgeFile {
  /** Absolute path on disk; the renderer treats it as an opaque reference. */
  path: string;
  /** File name shown in the title bar and the recent list. */
  name: string;
  text: string;
  version: FileVersion;
}

/**
 * Why a file could not be read or written, as a code the renderer puts into words in the
 * user's language (shared/i18n/files.ts). Never the raw system message: that names the
 * temporary file of a save, not the user's file.
 */
export type FileProblemCode =
  | 'missing'
  | 'missing-folder'
  | 'permission'
  | 'read-only-volume'
  | 'disk-full'
  | 'link-loop'
  | 'is-folder'
  | 'name-too-long'
  | 'busy'
  | 'other';

/** A save that needs the user's word first: the file changed on disk since it was read, or it is read-only. */
export type SaveConflict = 'changed-on-disk' | 'read-only';

export interface BridgeFailure {
  status: 'failed';
  /** The file's name (never the temporary file's). */
  name: string;
  /** The folder, for problems that are about it (missing, no permission to write in it). */
  folder?: string;
  code: FileProblemCode;
  /** The system's error code (EIO, …) for 'other'. */
  detail?: string;
  /** The file was reached but is not a theory by its bytes (too large, binary): as format problems. */
  problems?: FormatProblem[];
}

export type BridgeOpenResult = { status: 'opened'; file: BridgeFile } | BridgeFailure;

export type BridgeSaveResult =
  | { status: 'saved'; path: string; name: string; version: FileVersion }
  /** `path`: where the save was going (also after a Save As dialog), to try again there once the user agrees. */
  | { status: 'conflict'; path: string; name: string; conflict: SaveConflict }
  | BridgeFailure;

export interface BridgeSaveOptions {
  /** The version the page's document came from; null for a new file (Save As). */
  expected: FileVersion | null;
  /** Conflicts the user has agreed to overwrite. */
  overwrite: SaveConflict[];
}

export interface BridgeRecent {
  path: string;
  name: string;
  openedAt: string;
}

export type ExportKind = 'pdf' | 'png' | 'svg' | 'json' | 'docx' | 'xlsx';

/** A file chosen for import (a spreadsheet, a Kumu file): its name and bytes, at most 20 MB each. */
export interface BridgeImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface BridgeDocumentState {
  /** File name or untitled label, for the window title. */
  name: string;
  dirty: boolean;
  /** Path of the file on disk, if saved; lets the OS show the proxy icon / recent docs. */
  path: string | null;
}

export interface WerkzaamBridge {
  /** Show the open dialog; null when the user cancels. A file that cannot be read is a failure result. */
  openFile(): Promise<BridgeOpenResult | null>;
  /** Show the open dialog for an import (CSV, XLSX, Kumu JSON; several CSV files at once); null when cancelled. */
  openImport(): Promise<BridgeImportFile[] | { failed: string; name: string } | null>;
  /** Read a file by path (recent list, double-clicked file). */
  readFile(path: string): Promise<BridgeOpenResult>;
  /**
   * Atomic write to `path` (following a link to its target), or show a Save As dialog when
   * path is null. Null when cancelled; a conflict when the file changed on disk or is
   * read-only and the user has not agreed to overwrite that.
   */
  saveFile(text: string, path: string | null, suggestedName: string, options: BridgeSaveOptions): Promise<BridgeSaveResult | null>;
  /** Save an export through a dialog. Data is text (json/svg) or bytes (pdf/png). False when cancelled. */
  saveExport(kind: ExportKind, data: string | Uint8Array, suggestedName: string): Promise<boolean>;
  recentFiles(): Promise<BridgeRecent[]>;
  getLanguage(): Promise<Language | null>;
  setLanguage(language: Language): Promise<void>;
  /** The user's own instruments, from the preferences (#11), with what could not be read named. */
  getPersonalLibrary(): Promise<PersonalLibraryRead>;
  /** Keep this list as the user's library (replacing the one kept). */
  setPersonalLibrary(instruments: PersonalInstrument[]): Promise<void>;
  /** Tell the main process what to show in the title bar and whether closing needs a prompt. */
  setDocumentState(state: BridgeDocumentState): void;
  /** Crash recovery: the unsaved document, written every few seconds while dirty. */
  writeRecovery(text: string): Promise<void>;
  readRecovery(): Promise<string | null>;
  clearRecovery(): Promise<void>;
  /** This window's copy cannot be loaded: set it aside (never deleted); where it is now. */
  keepRecovery(): Promise<string>;
  /** Where every copy set aside is. */
  keptRecovery(): Promise<string[]>;
  /** Open another window with a new theory (two theories side by side, paste between them). */
  newWindow(): Promise<void>;
  /** Close this window; the main process asks the page about unsaved work first, as for its close box. */
  closeWindow(): Promise<void>;
  /**
   * Menu items, shortcuts handled by the native menu and OS events arrive here as
   * action ids from the renderer's actions registry (e.g. "file.save", "edit.undo"),
   * or as "open-path" with a path. Returns an unsubscribe function.
   */
  onAction(listener: (action: string, payload?: string) => void): () => void;
  /**
   * The main process asks before closing a dirty window; the renderer answers after
   * its own Save / Don't save / Cancel flow: true = close now.
   */
  onCloseRequest(listener: () => Promise<boolean>): () => void;
}
