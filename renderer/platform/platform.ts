import type { ExportKind } from '../../shared/bridge';
import type { Language } from '../../shared/model';

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
 * A file the platform could not reach for a reason the user can act on. The session turns
 * the code into a message in the UI language; `message` is for logs.
 */
export class FileAccessError extends Error {
  constructor(
    readonly code: 'permission' | 'missing',
    readonly fileName: string,
    detail?: string,
  ) {
    super(`${code === 'permission' ? 'No permission to read' : 'Cannot find'} "${fileName}"${detail ? `: ${detail}` : ''}`);
    this.name = 'FileAccessError';
  }
}

export interface Platform {
  /** True when the host draws native menus (then the in-app menu bar is hidden). */
  readonly nativeMenus: boolean;
  /** Shortcuts use Cmd (and show ⌘ ⇧ ⌥) rather than Ctrl: the keyboard of a Mac. */
  readonly macShortcuts: boolean;
  openFile(): Promise<OpenedFile | null>;
  openRecent(entry: RecentEntry): Promise<OpenedFile>;
  /** Save to ref, or ask where (Save As) when ref is null. Null when the user cancels. */
  saveFile(text: string, ref: FileRef | null, suggestedName: string): Promise<SaveResult | null>;
  saveExport(kind: ExportKind, data: string | Uint8Array, suggestedName: string): Promise<boolean>;
  recentFiles(): Promise<RecentEntry[]>;
  getLanguage(): Promise<Language | null>;
  setLanguage(language: Language): Promise<void>;
  setDocumentState(state: DocumentState): void;
  writeRecovery(text: string): Promise<void>;
  readRecovery(): Promise<string | null>;
  clearRecovery(): Promise<void>;
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
