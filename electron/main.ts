import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type MessageBoxOptions, type SaveDialogOptions, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../shared/model';
import { translator } from '../shared/i18n/core';
import { languageFromLocales } from '../shared/i18n/locale';
import { shellStrings } from '../shared/i18n/shell';
import { writeFileAtomic } from './node/atomicWrite';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './main/appProtocol';
import { filesFromArgv } from './main/argv';
import { exportDialogOptions, importDialogOptions, openDialogOptions, saveDialogOptions } from './main/dialogs';
import { readImportFiles } from './main/importFiles';
import { CHANNELS } from './main/channels';
import { addRecent, openTheoryFile, pruneRecent, recoveryFolder, saveTheoryFile, WindowSlots } from './main/files';
import { registerIpc } from './main/ipc';
import { PathGrants } from './main/grants';
import { buildMenuTemplate } from './main/menuTemplate';
import { externalLinkOpener } from './main/externalLinks';
import { hardenedWebPreferences, hardenSession, hardenWebContents, isTrustedSender } from './main/hardening';
import { readPersonalLibrary } from '../shared/research/personalLibrary';
import { DEFAULT_SIZE, openPreferences, visibleBounds, type PreferenceStore } from './main/settings';
import { MAX_WINDOWS, WindowStates } from './main/windowStates';

/**
 * The desktop shell: thin glue between Electron and the plain, tested functions in
 * electron/main/. One window per theory; the page does all editing.
 */
const here = dirname(fileURLToPath(import.meta.url));
/** The built renderer, served as app://werkzaam/ (see main/appProtocol.ts). */
const RENDERER_ROOT = join(here, '../renderer');
const PRELOAD = join(here, 'preload.cjs');

let prefs: PreferenceStore;
/** One record per window: dirty, its file, the close question (main/windowStates.ts). */
const windows = new WindowStates();
const pendingOpen: string[] = [];
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
  // The user's choice once made; until then the OS languages, in order (shared/i18n/locale.ts).
  return prefs.get('language') ?? languageFromLocales([...(app.getPreferredSystemLanguages?.() ?? []), app.getLocale()]);
}

function showMessage(parent: BrowserWindow | null | undefined, options: MessageBoxOptions) {
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
}

/** The window cap is reached: say so instead of opening (or silently not opening) one more. */
function tellWindowsFull(name?: string): void {
  const t = translator(shellStrings, language());
  const message = name ? t('tooManyWindowsFile', { count: MAX_WINDOWS, name }) : t('tooManyWindows', { count: MAX_WINDOWS });
  void showMessage(focusedWindow(), { type: 'info', message, buttons: ['OK'], noLink: true });
}

/** A link clicked in the page leaves the app only after the user says yes (main/externalLinks.ts). */
function linkOpenerFor(contents: WebContents): (url: string) => Promise<boolean> {
  return externalLinkOpener({
    async confirm(url) {
      const t = translator(shellStrings, language());
      const { response } = await showMessage(BrowserWindow.fromWebContents(contents), {
        type: 'question',
        message: t(url.startsWith('mailto:') ? 'openMailMessage' : 'openLinkMessage'),
        detail: t('openLinkDetail', { url }),
        buttons: [t('cancel'), t('openLinkButton')],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return response === 1;
    },
    open: (url) => shell.openExternal(url),
  });
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
        inMain: { 'file.newWindow': () => void newWindow() },
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

/** A new window with an untitled theory, unless the cap is reached (then a notice). */
function newWindow(): BrowserWindow | null {
  const win = createWindow();
  if (!win) tellWindowsFull();
  return win;
}

function createWindow(): BrowserWindow | null {
  if (windows.full) return null;
  const bounds = visibleBounds(prefs.get('bounds'), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: 900,
    minHeight: 600,
    title: 'Werkzaam',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(PRELOAD, process.platform),
  });
  if (prefs.get('maximized')) win.maximize();
  win.once('ready-to-show', () => win.show());
  const id = win.id;
  const state = windows.add(id, win.webContents.id);
  win.on('close', (event) => {
    prefs.set('bounds', win.getNormalBounds());
    prefs.set('maximized', win.isMaximized());
    // Quit waits for the page's answer; a Cancel there cancels the quit as well.
    const requestId = windows.beforeClose(id, quitting);
    if (requestId === null) return;
    quitting = false;
    // Ask the page: it runs Save / Don't save / Cancel and answers through the bridge.
    event.preventDefault();
    win.webContents.send(CHANNELS.closeRequest, requestId);
  });
  // A crashed page cannot answer; its unsaved work is in the recovery file, so let it close.
  win.webContents.on('render-process-gone', () => {
    state.dirty = false;
  });
  win.on('closed', () => {
    // The contents are gone by now: the record kept their id for letting the recovery slot go.
    const closed = windows.remove(id);
    if (closed) recovery?.release(closed.contentsId);
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/**
 * Open a file handed over by the OS: in the focused window when that shows an untouched
 * new theory, otherwise in a window of its own, so nobody's open theory is replaced.
 */
function openInWindow(path: string): BrowserWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const win = focused && windows.isUntouched(focused.id) ? focused : createWindow();
  if (!win) {
    tellWindowsFull(basename(path));
    return focused;
  }
  // Counts as showing a file from now on, so a second file handed over at once gets a window of its own.
  const state = windows.of(win.id);
  if (state) state.file = path;
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
      win = openInWindow(file) ?? win;
    }
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    const openLink = linkOpenerFor(contents);
    hardenWebContents(contents, (url) => void openLink(url));
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  app.whenReady().then(async () => {
    prefs = await openPreferences();
    prefs.set('recent', pruneRecent(prefs.get('recent'), existsSync));
    for (const recent of prefs.get('recent')) grants.grant(recent.path);
    hardenSession(session.defaultSession, process.platform);
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
        const opened = await openTheoryFile(path);
        if (opened.status === 'opened') remember(path);
        return opened;
      },
      async openImport() {
        const parent = focusedWindow();
        const options = importDialogOptions(language());
        const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
        if (result.canceled || result.filePaths.length === 0) return null;
        return readImportFiles(result.filePaths);
      },
      async readFile(path) {
        const opened = await openTheoryFile(grants.check(path));
        if (opened.status === 'opened') remember(path);
        return opened;
      },
      async saveFile(text, path, suggestedName, options) {
        let target = path === null ? null : grants.check(path);
        if (!target) {
          const result = await showSaveDialog(saveDialogOptions(language(), suggestedName));
          if (result.canceled || !result.filePath) return null;
          target = result.filePath;
          // The save dialog asked about replacing a file already; a read-only one is still asked about.
          options = { expected: null, overwrite: options.overwrite };
        }
        const saved = await saveTheoryFile(target, text, options);
        if (saved.status === 'saved') remember(target);
        else grants.grant(target);
        return saved;
      },
      async saveExport(kind, data, suggestedName) {
        const result = await showSaveDialog(exportDialogOptions(language(), kind, suggestedName));
        if (result.canceled || !result.filePath) return false;
        await writeFileAtomic(result.filePath, data);
        return true;
      },
      recentFiles: () => prefs.get('recent'),
      // The window shows what the menus show: the user's choice, or the OS language on a first start.
      getLanguage: () => language(),
      setLanguage(next) {
        prefs.set('language', next);
        rebuildMenu();
      },
      getPersonalLibrary: () => readPersonalLibrary(prefs.stored('instruments')),
      setPersonalLibrary: (instruments) => prefs.set('instruments', instruments),
      writeRecovery: (sender, text) => recovery.of(contentsIdOf(sender)).write(text),
      readRecovery: (sender) => recovery.of(contentsIdOf(sender)).claim(),
      clearRecovery: (sender) => recovery.of(contentsIdOf(sender)).clear(),
      keepRecovery: (sender) => recovery.of(contentsIdOf(sender)).keepAside(),
      keptRecovery: (sender) => recovery.of(contentsIdOf(sender)).keptAside(),
      newWindow: () => void newWindow(),
      closeWindow: (sender) => windowOf(sender)?.close(),
      setDocumentState(sender, state) {
        const win = windowOf(sender);
        if (!win) return;
        const record = windows.of(win.id);
        if (record) {
          record.dirty = state.dirty;
          record.file = state.path;
        }
        win.setTitle(`${state.name}${state.dirty ? ' •' : ''} — Werkzaam`);
        // macOS only: the dot in the close button and the proxy icon (for files the page was given only).
        if (process.platform === 'darwin') {
          win.setDocumentEdited(state.dirty);
          win.setRepresentedFilename(state.path && grants.has(state.path) ? state.path : '');
        }
      },
      closeAnswer(sender, requestId, close) {
        const win = windowOf(sender);
        const answer = win && windows.answer(win.id, requestId, close);
        if (!win || !answer?.close) return;
        win.close();
        if (answer.quit) app.quit();
      },
    });
    rebuildMenu();
    // One window, and one more for each further copy of unsaved work that crashed windows
    // left behind: each window offers one copy back.
    const count = Math.max(1, Math.min(8, await recovery.orphans()));
    for (let i = 0; i < count; i++) createWindow();
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
