import { contextBridge, ipcRenderer } from 'electron';
import type { WerkzaamBridge } from '../shared/bridge';
import { CHANNELS } from './main/channels';

/**
 * The one narrow door between the page and the main process: exactly WerkzaamBridge, each
 * method bound to a fixed channel. No ipcRenderer, no generic send, no Node in the page.
 */
const bridge: WerkzaamBridge = {
  openFile: () => ipcRenderer.invoke(CHANNELS.openFile),
  openImport: () => ipcRenderer.invoke(CHANNELS.openImport),
  readFile: (path) => ipcRenderer.invoke(CHANNELS.readFile, path),
  saveFile: (text, path, suggestedName, options) => ipcRenderer.invoke(CHANNELS.saveFile, text, path, suggestedName, options),
  saveExport: (kind, data, suggestedName) => ipcRenderer.invoke(CHANNELS.saveExport, kind, data, suggestedName),
  recentFiles: () => ipcRenderer.invoke(CHANNELS.recentFiles),
  getLanguage: () => ipcRenderer.invoke(CHANNELS.getLanguage),
  setLanguage: (language) => ipcRenderer.invoke(CHANNELS.setLanguage, language),
  getPersonalLibrary: () => ipcRenderer.invoke(CHANNELS.getPersonalLibrary),
  setPersonalLibrary: (instruments) => ipcRenderer.invoke(CHANNELS.setPersonalLibrary, instruments),
  setDocumentState: (state) => ipcRenderer.send(CHANNELS.setDocumentState, state),
  writeRecovery: (text) => ipcRenderer.invoke(CHANNELS.writeRecovery, text),
  readRecovery: () => ipcRenderer.invoke(CHANNELS.readRecovery),
  clearRecovery: () => ipcRenderer.invoke(CHANNELS.clearRecovery),
  keepRecovery: () => ipcRenderer.invoke(CHANNELS.keepRecovery),
  keptRecovery: () => ipcRenderer.invoke(CHANNELS.keptRecovery),
  newWindow: () => ipcRenderer.invoke(CHANNELS.newWindow),
  closeWindow: () => ipcRenderer.invoke(CHANNELS.closeWindow),
  onAction(listener) {
    const wrapped = (_event: unknown, action: unknown, payload: unknown) => {
      if (typeof action === 'string') listener(action, typeof payload === 'string' ? payload : undefined);
    };
    ipcRenderer.on(CHANNELS.action, wrapped);
    return () => {
      ipcRenderer.removeListener(CHANNELS.action, wrapped);
    };
  },
  onCloseRequest(listener) {
    const wrapped = (_event: unknown, requestId: unknown) => {
      if (typeof requestId !== 'number') return;
      listener().then(
        (close) => ipcRenderer.send(CHANNELS.closeAnswer, requestId, close),
        () => ipcRenderer.send(CHANNELS.closeAnswer, requestId, false),
      );
    };
    ipcRenderer.on(CHANNELS.closeRequest, wrapped);
    return () => {
      ipcRenderer.removeListener(CHANNELS.closeRequest, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('werkzaam', bridge);
