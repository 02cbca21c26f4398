import type { WerkzaamBridge } from '../../shared/bridge';
import type { FileRef, OpenedFile, Platform, RecentEntry } from './platform';

interface PathRef extends FileRef {
  readonly platform: 'electron';
  readonly path: string;
}

const ref = (path: string, name: string): PathRef => ({ platform: 'electron', name, path });
const pathOf = (r: FileRef | null): string | null => (r && r.platform === 'electron' ? (r as PathRef).path : null);

/** The desktop app: everything goes through the preload bridge (window.werkzaam). */
export function createElectronPlatform(bridge: WerkzaamBridge, appVersion: string): Platform {
  return {
    nativeMenus: true,
    appVersion,
    async openFile() {
      const file = await bridge.openFile();
      return file ? { ref: ref(file.path, file.name), name: file.name, text: file.text } : null;
    },
    async openRecent(entry: RecentEntry) {
      const path = pathOf(entry.ref);
      if (!path) throw new Error('This recent file cannot be opened here.');
      const file = await bridge.readFile(path);
      return { ref: ref(file.path, file.name), name: file.name, text: file.text };
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
    setDocumentState: (state) => bridge.setDocumentState({ ...state, path: null }),
    writeRecovery: (text) => bridge.writeRecovery(text),
    readRecovery: () => bridge.readRecovery(),
    clearRecovery: () => bridge.clearRecovery(),
    onMenuAction: (listener) => bridge.onAction((action, payload) => {
      if (action !== 'open-path') listener(action, payload);
    }),
    onCloseRequest: (listener) => bridge.onCloseRequest(listener),
    onOpenRequest(listener) {
      return bridge.onAction((action, payload) => {
        if (action !== 'open-path' || !payload) return;
        void bridge.readFile(payload).then(
          (file): void => listener({ ref: ref(file.path, file.name), name: file.name, text: file.text } satisfies OpenedFile),
          () => undefined,
        );
      });
    },
    toggleFullScreen() {
      // The native View menu owns full screen in the desktop app.
    },
  };
}
