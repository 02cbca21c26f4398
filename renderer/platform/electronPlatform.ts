import type { BridgeFile, WerkzaamBridge } from '../../shared/bridge';
import { usesMacShortcuts, type FileRef, type OpenedFile, type Platform, type RecentEntry } from './platform';

interface PathRef extends FileRef {
  readonly platform: 'electron';
  readonly path: string;
}

const ref = (path: string, name: string): PathRef => ({ platform: 'electron', name, path });
const pathOf = (r: FileRef | null | undefined): string | null => (r && r.platform === 'electron' ? (r as PathRef).path : null);
const opened = (file: BridgeFile): OpenedFile => ({ ref: ref(file.path, file.name), name: file.name, text: file.text });
/** The last part of a path, for either separator (the path comes from the main process). */
const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

/** The desktop app: everything goes through the preload bridge (window.werkzaam). */
export function createElectronPlatform(bridge: WerkzaamBridge, appVersion: string): Platform {
  return {
    nativeMenus: true,
    macShortcuts: usesMacShortcuts(globalThis.navigator),
    appVersion,
    async openFile() {
      const file = await bridge.openFile();
      return file ? opened(file) : null;
    },
    async openRecent(entry: RecentEntry) {
      const path = pathOf(entry.ref);
      if (!path) throw new Error(`"${entry.name}" is not a file on this computer.`);
      return opened(await bridge.readFile(path));
    },
    async saveFile(text, target, suggestedName) {
      const saved = await bridge.saveFile(text, pathOf(target), suggestedName);
      return saved ? { ref: ref(saved.path, saved.name), name: saved.name } : null;
    },
    saveExport: (kind, data, name) => bridge.saveExport(kind, data, name),
    async recentFiles() {
      return (await bridge.recentFiles()).map((r) => ({ ref: ref(r.path, r.name), name: r.name, openedAt: r.openedAt }));
    },
    getLanguage: () => bridge.getLanguage(),
    setLanguage: (language) => bridge.setLanguage(language),
    setDocumentState: (state) => bridge.setDocumentState({ name: state.name, dirty: state.dirty, path: pathOf(state.ref) }),
    writeRecovery: (text) => bridge.writeRecovery(text),
    readRecovery: () => bridge.readRecovery(),
    clearRecovery: () => bridge.clearRecovery(),
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
