import type { BridgeFailure, BridgeOpenResult, FileVersion, WerkzaamBridge } from '../../shared/bridge';
import { FileAccessError, SaveConflictError, TooLargeError, UnreadableFileError, readDroppedFiles, usesMacShortcuts, type FileRef, type OpenedFile, type Platform, type RecentEntry } from './platform';

interface PathRef extends FileRef {
  readonly platform: 'electron';
  readonly path: string;
  /** The file as it was when read or last saved; null: nothing to compare (a recent file not read yet). */
  readonly version: FileVersion | null;
}

const ref = (path: string, name: string, version: FileVersion | null): PathRef => ({ platform: 'electron', name, path, version });
const pathRef = (r: FileRef | null | undefined): PathRef | null => (r && r.platform === 'electron' ? (r as PathRef) : null);
/** The last part of a path, for either separator (the path comes from the main process). */
const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

/** A failure from the main process as the error the session puts into words. */
function failure(result: BridgeFailure): Error {
  if (result.problems?.length) return new UnreadableFileError(result.name, result.problems);
  return new FileAccessError(result.code, result.name, { ...(result.folder ? { folder: result.folder } : {}), ...(result.detail ? { detail: result.detail } : {}) });
}

function opened(result: BridgeOpenResult): OpenedFile {
  if (result.status === 'failed') throw failure(result);
  const { file } = result;
  return { ref: ref(file.path, file.name, file.version), name: file.name, text: file.text };
}

/** The desktop app: everything goes through the preload bridge (window.werkzaam). */
export function createElectronPlatform(bridge: WerkzaamBridge, appVersion: string): Platform {
  return {
    nativeMenus: true,
    macShortcuts: usesMacShortcuts(globalThis.navigator),
    appVersion,
    async openFile() {
      const result = await bridge.openFile();
      return result ? opened(result) : null;
    },
    async openImportFiles() {
      const result = await bridge.openImport();
      if (result === null) return null;
      if (!Array.isArray(result)) throw result.failed === 'too-large' ? new TooLargeError(result.name) : new FileAccessError('other', result.name, { detail: result.failed });
      return result;
    },
    readDroppedFiles,
    async openRecent(entry: RecentEntry) {
      const path = pathRef(entry.ref)?.path;
      if (!path) throw new Error(`"${entry.name}" is not a file on this computer.`);
      return opened(await bridge.readFile(path));
    },
    async saveFile(text, target, suggestedName, options = {}) {
      const at = pathRef(target);
      const result = await bridge.saveFile(text, at?.path ?? null, suggestedName, { expected: at?.version ?? null, overwrite: [...(options.overwrite ?? [])] });
      if (!result) return null;
      if (result.status === 'conflict') throw new SaveConflictError(result.conflict, result.name, ref(result.path, result.name, at?.path === result.path ? at.version : null));
      if (result.status === 'failed') throw failure(result);
      return { ref: ref(result.path, result.name, result.version), name: result.name };
    },
    saveExport: (kind, data, name) => bridge.saveExport(kind, data, name),
    async recentFiles() {
      return (await bridge.recentFiles()).map((r) => ({ ref: ref(r.path, r.name, null), name: r.name, openedAt: r.openedAt }));
    },
    getLanguage: () => bridge.getLanguage(),
    setLanguage: (language) => bridge.setLanguage(language),
    readPersonalLibrary: () => bridge.getPersonalLibrary(),
    writePersonalLibrary: (instruments) => bridge.setPersonalLibrary(instruments),
    setDocumentState: (state) => bridge.setDocumentState({ name: state.name, dirty: state.dirty, path: pathRef(state.ref)?.path ?? null }),
    writeRecovery: (text) => bridge.writeRecovery(text),
    readRecovery: () => bridge.readRecovery(),
    clearRecovery: () => bridge.clearRecovery(),
    keepRecovery: () => bridge.keepRecovery(),
    keptRecovery: () => bridge.keptRecovery(),
    // "open-path" is not a menu action: it goes to onOpenRequest.
    onMenuAction: (listener) =>
      bridge.onAction((action, payload) => {
        if (action !== 'open-path') listener(action, payload);
      }),
    onCloseRequest: (listener) => bridge.onCloseRequest(listener),
    onOpenRequest: (listener) =>
      bridge.onAction((action, path) => {
        if (action === 'open-path' && path) listener({ name: baseName(path), read: async () => opened(await bridge.readFile(path)) });
      }),
    toggleFullScreen() {
      // The native View menu owns full screen in the desktop app.
    },
    openWindow: () => void bridge.newWindow(),
    closeWindow() {
      void bridge.closeWindow();
      return true;
    },
  };
}
