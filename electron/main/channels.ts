/** Every IPC channel between the preload bridge and the main process, in one place. */
export const CHANNELS = {
  openFile: 'werkzaam:open-file',
  openImport: 'werkzaam:open-import',
  readFile: 'werkzaam:read-file',
  saveFile: 'werkzaam:save-file',
  saveExport: 'werkzaam:save-export',
  recentFiles: 'werkzaam:recent-files',
  getLanguage: 'werkzaam:get-language',
  setLanguage: 'werkzaam:set-language',
  getPersonalLibrary: 'werkzaam:get-personal-library',
  setPersonalLibrary: 'werkzaam:set-personal-library',
  writeRecovery: 'werkzaam:write-recovery',
  readRecovery: 'werkzaam:read-recovery',
  clearRecovery: 'werkzaam:clear-recovery',
  keepRecovery: 'werkzaam:keep-recovery',
  keptRecovery: 'werkzaam:kept-recovery',
  newWindow: 'werkzaam:new-window',
  closeWindow: 'werkzaam:close-window',
  /** renderer → main, fire and forget */
  setDocumentState: 'werkzaam:set-document-state',
  closeAnswer: 'werkzaam:close-answer',
  /** main → renderer */
  action: 'werkzaam:action',
  closeRequest: 'werkzaam:close-request',
} as const;

/** Channels the renderer invokes and awaits (ipcMain.handle). */
export const INVOKE_CHANNELS = [
  CHANNELS.openFile,
  CHANNELS.openImport,
  CHANNELS.readFile,
  CHANNELS.saveFile,
  CHANNELS.saveExport,
  CHANNELS.recentFiles,
  CHANNELS.getLanguage,
  CHANNELS.setLanguage,
  CHANNELS.getPersonalLibrary,
  CHANNELS.setPersonalLibrary,
  CHANNELS.writeRecovery,
  CHANNELS.readRecovery,
  CHANNELS.clearRecovery,
  CHANNELS.keepRecovery,
  CHANNELS.keptRecovery,
  CHANNELS.newWindow,
  CHANNELS.closeWindow,
] as const;

/** Channels the renderer sends without an answer (ipcMain.on). */
export const SEND_CHANNELS = [CHANNELS.setDocumentState, CHANNELS.closeAnswer] as const;
