/**
 * The contract between the Electron preload (electron/preload.ts) and the renderer's
 * Electron platform (renderer/platform/electronPlatform.ts). Types only: the preload
 * exposes exactly this object as `window.werkzaam`, nothing more.
 */
import type { Language } from './model';

export interface BridgeFile {
  /** Absolute path on disk; the renderer treats it as an opaque reference. */
  path: string;
  /** File name shown in the title bar and the recent list. */
  name: string;
  text: string;
}

export interface BridgeRecent {
  path: string;
  name: string;
  openedAt: string;
}

export type ExportKind = 'pdf' | 'png' | 'svg' | 'json';

export interface BridgeDocumentState {
  /** File name or untitled label, for the window title. */
  name: string;
  dirty: boolean;
  /** Path of the file on disk, if saved; lets the OS show the proxy icon / recent docs. */
  path: string | null;
}

export interface WerkzaamBridge {
  /** Show the open dialog; null when the user cancels. Errors (unreadable file) reject with a message. */
  openFile(): Promise<BridgeFile | null>;
  /** Read a file by path (recent list, double-clicked file). */
  readFile(path: string): Promise<BridgeFile>;
  /** Atomic write to `path`, or show a Save As dialog when path is null. Null when cancelled. */
  saveFile(text: string, path: string | null, suggestedName: string): Promise<{ path: string; name: string } | null>;
  /** Save an export through a dialog. Data is text (json/svg) or bytes (pdf/png). False when cancelled. */
  saveExport(kind: ExportKind, data: string | Uint8Array, suggestedName: string): Promise<boolean>;
  recentFiles(): Promise<BridgeRecent[]>;
  getLanguage(): Promise<Language | null>;
  setLanguage(language: Language): Promise<void>;
  /** Tell the main process what to show in the title bar and whether closing needs a prompt. */
  setDocumentState(state: BridgeDocumentState): void;
  /** Crash recovery: the unsaved document, written every few seconds while dirty. */
  writeRecovery(text: string): Promise<void>;
  readRecovery(): Promise<string | null>;
  clearRecovery(): Promise<void>;
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
