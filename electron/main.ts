import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type SaveDialogOptions, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../shared/model';
import { writeFileAtomic } from './node/atomicWrite';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './main/appProtocol';
import { filesFromArgv } from './main/argv';
import { exportDialogOptions, openDialogOptions, saveDialogOptions } from './main/dialogs';
import { CHANNELS } from './main/channels';
import { addRecent, openTheoryFile, pruneRecent, recoveryFolder, saveTheoryFile, WindowSlots } from './main/files';
import { registerIpc } from './main/ipc';
import { PathGrants } from './main/grants';
import { buildMenuTemplate } from './main/menuTemplate';
import { hardenedWebPreferences, hardenSession, hardenWebContents, isSafeExternalUrl, isTrustedSender } from './main/hardening';
import { DEFAULT_SIZE, openPreferences, visibleBounds, type PreferenceStore } from './main/settings';

/**
 * The desktop shell: thin glue between Electron and the plain, tested functions in
 * electron/main/. One window per theory; the page does all editing.
 */
const here = dirname(fileURLToPath(import.meta.url));
/** The built renderer, served as app://werkzaam/ (see main/appProtocol.ts). */
const RENDERER_ROOT = join(here, '../renderer');
const PRELOAD = join(here, 'preload.cjs');

let prefs: PreferenceStore;
const dirtyWindows = new Map<number, boolean>();
const closeApproved = new Set<number>();
const pendingClose = new Map<number, number>();
const closeAfterQuit = new Map<number, boolean>();
let closeCounter = 0;
const pendingOpen: string[] = [];
/** The file each window shows (null: untitled), told by its page with the dirty flag. */
const windowFiles = new Map<number, string | null>();
/** Each window's crash-recovery slot (see shared/recoverySlots.ts). */
let recovery: WindowSlots;
/** Paths the page may read and write by name: only those the main process handed it. */
const grants = new PathGrants();
/** Set by Cmd+Q / Quit: once the last dirty window agrees to close, the app quits too. */
let quitting = false;

// A second launch (double-clicked file) hands its files to the first one and exits.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function focusedWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

function focusedContents(): WebContents | undefined {
  return focusedWindow()?.webContents;
}

/** Dialogs belong to the window (a sheet on macOS) so they cannot hide behind it. */
function showSaveDialog(options: SaveDialogOptions) {
  const parent = focusedWindow();
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
}

function language(): Language {
  return prefs.get('language') ?? (app.getLocale().startsWith('nl') ? 'nl' : 'en');
}

function rebuildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        language: language(),
        platform: process.platform,
        recent: prefs.get('recent'),
        isDev: !app.isPackaged,
        send: (action, payload) => focusedContents()?.send(CHANNELS.action, action, payload),
        clearRecent: () => {
          prefs.set('recent', []);
          rebuildMenu();
        },
        inMain: { 'file.newWindow': () => void createWindow() },
      }),
    ),
  );
}

function remember(path: string): void {
  grants.grant(path);
  prefs.set('recent', addRecent(prefs.get('recent'), path));
  app.addRecentDocument(path);
  rebuildMenu();
}

function createWindow(): BrowserWindow {
  const bounds = visibleBounds(prefs.get('bounds'), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: 900,
    minHeight: 600,
    title: 'Werkzaam',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(PRELOAD),
  });
  if (prefs.get('maximized')) win.maximize();
  win.once('ready-to-show', () => win.show());
  const id = win.id;
  // The contents are gone by 'closed': keep the id for letting its recovery slot go.
  const contentsId = win.webContents.id;
  win.on('close', (event) => {
    prefs.set('bounds', win.getNormalBounds());
    prefs.set('maximized', win.isMaximized());
    if (!dirtyWindows.get(id) || closeApproved.has(id)) return;
    // Ask the page: it runs Save / Don't save / Cancel and answers through the bridge.
    event.preventDefault();
    // Quit waits for the page's answer; a Cancel there cancels the quit as well.
    const quitRequested = quitting;
    quitting = false;
    closeAfterQuit.set(id, quitRequested);
    const requestId = ++closeCounter;
    pendingClose.set(id, requestId);
    win.webContents.send(CHANNELS.closeRequest, requestId);
  });
  // A crashed page cannot answer; its unsaved work is in the recovery file, so let it close.
  win.webContents.on('render-process-gone', () => dirtyWindows.set(id, false));
  win.on('closed', () => {
    recovery?.release(contentsId);
    windowFiles.delete(id);
    closeAfterQuit.delete(id);
    dirtyWindows.delete(id);
    closeApproved.delete(id);
    pendingClose.delete(id);
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/**
 * Open a file handed over by the OS: in the focused window when that shows an untouched
 * new theory, otherwise in a window of its own, so nobody's open theory is replaced.
 */
function openInWindow(path: string): BrowserWindow {
  const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const reuse = focused && !dirtyWindows.get(focused.id) && (windowFiles.get(focused.id) ?? null) === null;
  const win = reuse ? focused : createWindow();
  // Counts as showing a file from now on, so a second file handed over at once gets a window of its own.
  windowFiles.set(win.id, path);
  const send = () => win.webContents.send(CHANNELS.action, 'open-path', path);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
  return win;
}

function windowOf(sender: unknown): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender as WebContents);
}

function contentsIdOf(sender: unknown): number {
  return (sender as WebContents).id;
}

/** Everything the primary instance listens for; a second instance registers nothing. */
function start(): void {
  // Every renderer sandboxed, including any this code never asked for (checklist item 4).
  app.enableSandbox();
  // Must precede app ready: the scheme needs its privileges before any page exists.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

  app.on('open-file', (event, path) => {
    event.preventDefault();
    grants.grant(path);
    if (app.isReady()) openInWindow(path);
    else pendingOpen.push(path);
  });

  // Relative names on that command line are relative to the second instance's folder.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    let win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    for (const file of filesFromArgv(argv).map((f) => resolve(workingDirectory, f))) {
      grants.grant(file);
      win = openInWindow(file);
    }
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)));

  app.on('before-quit', () => {
    quitting = true;
  });

  app.whenReady().then(async () => {
    prefs = await openPreferences();
    prefs.set('recent', pruneRecent(prefs.get('recent'), existsSync));
    for (const recent of prefs.get('recent')) grants.grant(recent.path);
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, RENDERER_ROOT));
    recovery = new WindowSlots(recoveryFolder(app.getPath('userData')));
    registerIpc(ipcMain, {
      isTrusted: (url, isMainFrame) => isTrustedSender(url, APP_ORIGIN, isMainFrame),
      async openFile() {
        const parent = focusedWindow();
        const options = openDialogOptions(language());
        const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
        const path = result.filePaths[0];
        if (result.canceled || !path) return null;
        const file = await openTheoryFile(path);
        remember(path);
        return file;
      },
      async readFile(path) {
        const file = await openTheoryFile(grants.check(path));
        remember(path);
        return file;
      },
      async saveFile(text, path, suggestedName) {
        let target = path === null ? null : grants.check(path);
        if (!target) {
          const result = await showSaveDialog(saveDialogOptions(language(), suggestedName));
          if (result.canceled || !result.filePath) return null;
          target = result.filePath;
        }
        const saved = await saveTheoryFile(target, text);
        remember(target);
        return saved;
      },
      async saveExport(kind, data, suggestedName) {
        const result = await showSaveDialog(exportDialogOptions(language(), kind, suggestedName));
        if (result.canceled || !result.filePath) return false;
        await writeFileAtomic(result.filePath, data);
        return true;
      },
      recentFiles: () => prefs.get('recent'),
      getLanguage: () => prefs.get('language'),
      setLanguage(next) {
        prefs.set('language', next);
        rebuildMenu();
      },
      writeRecovery: (sender, text) => recovery.of(contentsIdOf(sender)).write(text),
      readRecovery: (sender) => recovery.of(contentsIdOf(sender)).claim(),
      clearRecovery: (sender) => recovery.of(contentsIdOf(sender)).clear(),
      newWindow: () => void createWindow(),
      closeWindow: (sender) => windowOf(sender)?.close(),
      async openExternal(url) {
        if (isSafeExternalUrl(url)) await shell.openExternal(url);
      },
      setDocumentState(sender, state) {
        const win = windowOf(sender);
        if (!win) return;
        dirtyWindows.set(win.id, state.dirty);
        windowFiles.set(win.id, state.path);
        win.setTitle(`${state.name}${state.dirty ? ' •' : ''} — Werkzaam`);
        // macOS only: the dot in the close button and the proxy icon (for files the page was given only).
        if (process.platform === 'darwin') {
          win.setDocumentEdited(state.dirty);
          win.setRepresentedFilename(state.path && grants.has(state.path) ? state.path : '');
        }
      },
      closeAnswer(sender, requestId, close) {
        const win = windowOf(sender);
        if (!win || pendingClose.get(win.id) !== requestId) return;
        pendingClose.delete(win.id);
        const quit = closeAfterQuit.get(win.id) ?? false;
        closeAfterQuit.delete(win.id);
        if (close) {
          closeApproved.add(win.id);
          win.close();
          if (quit) app.quit();
        }
      },
    });
    rebuildMenu();
    // One window, and one more for each further copy of unsaved work that crashed windows
    // left behind: each window offers one copy back.
    const windows = Math.max(1, Math.min(8, await recovery.orphans()));
    for (let i = 0; i < windows; i++) createWindow();
    for (const file of [...pendingOpen, ...filesFromArgv(process.argv).map((f) => resolve(f))]) {
      grants.grant(file);
      openInWindow(file);
    }
    pendingOpen.length = 0;
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  }, (error: unknown) => {
    dialog.showErrorBox('Werkzaam', String(error));
    app.quit();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
