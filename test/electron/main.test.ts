import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, INVOKE_CHANNELS } from '../../electron/main/channels';
import { MAX_WINDOWS } from '../../electron/main/windowStates';

// A stand-in for Electron, recording what the main process asks of it.
const h = vi.hoisted(() => {
  const userData = { path: '' };
  const windows: FakeWindow[] = [];
  class FakeWindow {
    static getAllWindows = () => windows;
    static getFocusedWindow = () => windows[0] ?? null;
    static fromWebContents = (contents: unknown) => windows.find((w) => w.webContents === contents) ?? null;
    static count = 0;
    id = ++FakeWindow.count;
    listeners: Record<string, ((...a: unknown[]) => void)[]> = {};
    title = '';
    closed = 0;
    webContents = { id: 100 + this.id, send: vi.fn(), isLoading: () => false, once: vi.fn(), on: vi.fn() };
    loadURL = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(name: string, fn: (...a: unknown[]) => void) {
      (this.listeners[name] ??= []).push(fn);
    }
    once(name: string, fn: (...a: unknown[]) => void) {
      this.on(name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners[name] ?? []) fn(...args);
    }
    close() {
      this.closed++;
      const event = { preventDefault: vi.fn() };
      this.emit('close', event);
      return event;
    }
    setTitle(t: string) {
      this.title = t;
    }
    setDocumentEdited = vi.fn();
    maximize = vi.fn();
    show = vi.fn();
    isMaximized = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    getNormalBounds = () => ({ x: 0, y: 0, width: 1400, height: 900 });
  }
  const handles = new Map<string, (...a: unknown[]) => unknown>();
  const ons = new Map<string, (...a: unknown[]) => void>();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setBluetoothPairingHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    on: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  const electron = {
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      on: vi.fn(),
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      getPath: () => userData.path,
      getLocale: () => 'nl-BE',
      getVersion: () => '0.1.0',
      getName: () => 'werkzaam',
      isPackaged: false,
      addRecentDocument: vi.fn(),
      quit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (c: string, f: (...a: unknown[]) => unknown) => handles.set(c, f), on: (c: string, f: (...a: unknown[]) => void) => ons.set(c, f) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    session: { defaultSession: session },
    shell: { openExternal: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
  return { electron, windows, handles, ons, session, userData };
});

vi.mock('electron', () => ({ ...h.electron, default: h.electron }));
// Refused senders are logged; keep the test output quiet.
vi.spyOn(console, 'warn').mockImplementation(() => undefined);

/** Save options of a save that expects no particular version and overwrites nothing it is not asked to. */
const NEW = { expected: null, overwrite: [] };

describe('the main process (against a mocked Electron)', () => {
  const trustedFor = (win: (typeof h.windows)[number]) => ({ senderFrame: { url: 'app://werkzaam/index.html', parent: null }, sender: win.webContents });
  const appListener = (name: string) => {
    const call = h.electron.app.on.mock.calls.find(([event]) => event === name) as unknown as [string, (...a: unknown[]) => void] | undefined;
    if (!call) throw new Error(`no app.on('${name}') listener`);
    return call[1];
  };
  it('opens one hardened window, wires every channel, denies permissions, and asks the page before closing a dirty window', async () => {
    h.userData.path = mkdtempSync(join(tmpdir(), 'werkzaam-userdata-'));
    await import('../../electron/main');
    await vi.waitFor(() => expect(h.windows).toHaveLength(1), { timeout: 10_000 }); // start-up reads settings and recovery from disk: slow under load
    const win = h.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://werkzaam/index.html');
    expect([...h.handles.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(h.session.setPermissionRequestHandler).toHaveBeenCalled();
    // Every renderer is sandboxed, not only the windows that ask for it.
    expect(h.electron.app.enableSandbox).toHaveBeenCalled();
    expect(h.electron.Menu.setApplicationMenu).toHaveBeenCalled();

    const trusted = trustedFor(win);
    h.ons.get(CHANNELS.setDocumentState)!(trusted, { name: 'kdg.werkzaam', dirty: true });
    expect(win.title).toBe('kdg.werkzaam • — Werkzaam');

    const attempt = win.close();
    expect(attempt.preventDefault).toHaveBeenCalled();
    const [, requestId] = win.webContents.send.mock.calls.find(([channel]) => channel === CHANNELS.closeRequest)!;
    // An answer from a foreign page is ignored; the page's own "close" closes the window.
    h.ons.get(CHANNELS.closeAnswer)!({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: win.webContents }, requestId, true);
    expect(win.closed).toBe(1);
    h.ons.get(CHANNELS.closeAnswer)!(trusted, requestId, true);
    expect(win.closed).toBe(2);

    // Untrusted senders are refused by the real handlers too.
    expect(() => h.handles.get(CHANNELS.readRecovery)!({ senderFrame: { url: 'file:///etc/passwd', parent: null } })).toThrow(/untrusted/);
    // The built page as a file: URL is not the app either: only app://werkzaam is.
    const asFile = pathToFileURL(join(__dirname, '../../renderer/index.html')).href;
    expect(() => h.handles.get(CHANNELS.readRecovery)!({ senderFrame: { url: asFile, parent: null } })).toThrow(/untrusted/);
    expect(() => h.handles.get(CHANNELS.readRecovery)!({ senderFrame: { url: 'app://werkzaam/index.html', parent: {} } })).toThrow(/untrusted/);
  });

  it('serves the page over app:// from the renderer folder only, with the CSP header', async () => {
    expect(h.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = h.electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0][0].privileges;
    expect(privileges).not.toHaveProperty('bypassCSP');
    expect(privileges).not.toHaveProperty('corsEnabled');
    const [scheme, handler] = h.electron.protocol.handle.mock.calls[0]! as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const page = await handler({ url: 'app://werkzaam/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await page.text()).toMatch(/<html/i);
    // renderer/../package.json exists, but lies outside the served folder.
    expect((await handler({ url: 'app://werkzaam/%2e%2e/package.json', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: 'app://werkzaam/..%2fpackage.json', method: 'GET' })).status).toBe(404);
  });

  it('hardens every web contents and the session: no navigation, no new windows, links only after asking, no permissions', async () => {
    const listeners: Record<string, (...args: unknown[]) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (...args: unknown[]) => void) => (listeners[name] = fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (openHandler = fn),
      getURL: () => 'app://werkzaam/index.html',
    };
    appListener('web-contents-created')({}, contents);
    const ask = h.electron.dialog.showMessageBox;
    ask.mockClear();
    const away = { preventDefault: vi.fn() };
    listeners['will-navigate']!(away, 'http://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    listeners['will-attach-webview']!(webview, '');
    expect(webview.preventDefault).toHaveBeenCalled();
    // A link to this computer's network or another scheme is dropped without a question.
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://169.254.169.254/latest/meta-data/' })).toEqual({ action: 'deny' });
    expect(ask).not.toHaveBeenCalled();
    // A public https link is asked about, in the app's language, with Cancel as the default: "no" opens nothing.
    ask.mockResolvedValueOnce({ response: 0 });
    expect(openHandler!({ url: 'https://www.kdg.be/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    const [options] = ask.mock.calls[0] as unknown as [{ message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number }];
    expect(options).toMatchObject({ message: 'Deze link openen in je browser?', buttons: ['Annuleren', 'Openen'], defaultId: 0, cancelId: 0 });
    expect(options.detail).toContain('https://www.kdg.be/');
    await new Promise((r) => setTimeout(r, 0));
    expect(h.electron.shell.openExternal).not.toHaveBeenCalled();
    // "Open": now it goes to the system browser.
    ask.mockResolvedValueOnce({ response: 1 });
    openHandler!({ url: 'https://www.kdg.be/' });
    await vi.waitFor(() => expect(h.electron.shell.openExternal.mock.calls).toEqual([['https://www.kdg.be/']]));
    // The Bluetooth chooser of every web contents is cancelled.
    const chooser = { preventDefault: vi.fn() };
    const pick = vi.fn();
    listeners['select-bluetooth-device']!(chooser, [{ deviceId: 'x' }], pick);
    expect(chooser.preventDefault).toHaveBeenCalled();
    expect(pick).toHaveBeenCalledWith('');

    const request = h.session.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = h.session.setPermissionCheckHandler.mock.calls[0]![0] as (c: unknown, p: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission)).toBe(false);
    }
    // The real session gets a deny for every device chooser and device permission.
    expect(h.session.on.mock.calls.map(([name]) => name).sort()).toEqual(['select-hid-device', 'select-serial-port', 'select-usb-device', 'will-download']);
    for (const [name, handler] of h.session.on.mock.calls as unknown as [string, (...a: unknown[]) => void][]) {
      const event = { preventDefault: vi.fn() };
      const callback = vi.fn();
      if (name === 'select-serial-port') handler(event, [{ portId: 'p' }], {}, callback);
      else handler(event, { deviceList: [{ deviceId: 'd' }] }, callback);
      expect(event.preventDefault, name).toHaveBeenCalled();
      if (name !== 'will-download') expect(callback.mock.calls, name).toEqual([name === 'select-serial-port' ? [''] : []]);
    }
    expect((h.session.setDevicePermissionHandler.mock.calls[0]![0] as (d: unknown) => boolean)({ deviceType: 'usb' })).toBe(false);
    const pairing = vi.fn();
    (h.session.setBluetoothPairingHandler.mock.calls[0]![0] as (d: unknown, cb: unknown) => void)({ pairingKind: 'confirm' }, pairing);
    expect(pairing).toHaveBeenCalledWith({ confirmed: false });
    const capture = vi.fn();
    (h.session.setDisplayMediaRequestHandler.mock.calls[0]![0] as (r: unknown, cb: unknown) => void)({}, capture);
    expect(capture).toHaveBeenCalledWith(null);
  });

  it('the window options: hardened, auxclick off, spellcheck only where it is local (this test runs on Linux: off)', () => {
    const prefs = h.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false, safeDialogs: true, disableBlinkFeatures: 'Auxclick' });
    expect(prefs.spellcheck).toBe(process.platform === 'darwin');
    if (process.platform !== 'darwin') expect(h.session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });


  it('reads and writes only paths the main process handed to the page', async () => {
    const win = h.windows[0]!;
    const trusted = trustedFor(win);
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-grants-'));
    const secret = join(dir, 'id_rsa.json');
    writeFileSync(secret, 'secret');
    await expect(h.handles.get(CHANNELS.readFile)!(trusted, secret)).rejects.toThrow(/not opened through Werkzaam/);
    await expect(h.handles.get(CHANNELS.saveFile)!(trusted, 'pwned', secret, 'x.werkzaam', NEW)).rejects.toThrow(/not opened through Werkzaam/);
    expect(readFileSync(secret, 'utf8')).toBe('secret');

    // The OS hands over a file (macOS open-file): now the page may read and save it. The
    // window shows an untouched new theory, so the file opens there.
    h.ons.get(CHANNELS.setDocumentState)!(trusted, { name: 'Naamloos', dirty: false, path: null });
    const theory = join(dir, 'kdg.werkzaam');
    writeFileSync(theory, '{"v":1}');
    appListener('open-file')({ preventDefault: vi.fn() }, theory);
    expect(win.webContents.send).toHaveBeenCalledWith(CHANNELS.action, 'open-path', theory);
    await expect(h.handles.get(CHANNELS.readFile)!(trusted, theory)).resolves.toMatchObject({ status: 'opened', file: { name: 'kdg.werkzaam', text: '{"v":1}' } });
    await expect(h.handles.get(CHANNELS.saveFile)!(trusted, '{"v":2}', theory, 'kdg.werkzaam', NEW)).resolves.toMatchObject({ status: 'saved', path: theory, name: 'kdg.werkzaam' });
    expect(readFileSync(theory, 'utf8')).toBe('{"v":2}');

    // A second launch with a file on its command line passes it on the same way; the first
    // window now shows kdg.werkzaam, so the other file gets a window of its own.
    const other = join(dir, 'other.werkzaam');
    writeFileSync(other, '{}');
    const before = h.windows.length;
    appListener('second-instance')({}, ['/usr/bin/werkzaam', '--flag', 'other.werkzaam'], dir);
    expect(h.windows).toHaveLength(before + 1);
    const beside = h.windows.at(-1)!;
    expect(beside.webContents.send).toHaveBeenLastCalledWith(CHANNELS.action, 'open-path', other);
    expect(beside.focus).toHaveBeenCalled();
    await expect(h.handles.get(CHANNELS.readFile)!(trustedFor(beside), other)).resolves.toMatchObject({ status: 'opened', file: { name: 'other.werkzaam' } });
  });

  it('File › Open and Export show dialogs on the window, in the chosen language, and write atomically', async () => {
    const win = h.windows[0]!;
    const trusted = trustedFor(win);
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-dialogs-'));
    const theory = join(dir, 'stroom.werkzaam');
    writeFileSync(theory, '{"v":1}');
    h.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [theory] });
    await expect(h.handles.get(CHANNELS.openFile)!(trusted)).resolves.toMatchObject({ status: 'opened', file: { path: theory, name: 'stroom.werkzaam', text: '{"v":1}' } });
    const [parent, options] = h.electron.dialog.showOpenDialog.mock.calls.at(-1)! as unknown as [unknown, { title: string; filters: unknown }];
    expect(parent).toBe(win);
    expect(options).toMatchObject({ title: 'Theorie openen', filters: [{ name: 'Werkzaam-theorie', extensions: ['werkzaam', 'json'] }] });
    // The opened file is now in the recent list and may be saved by name.
    expect(h.handles.get(CHANNELS.recentFiles)!(trusted)).toEqual(expect.arrayContaining([expect.objectContaining({ path: theory })]));
    await h.handles.get(CHANNELS.saveFile)!(trusted, '{"v":2}', theory, 'stroom.werkzaam', NEW);
    expect(readFileSync(theory, 'utf8')).toBe('{"v":2}');

    h.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(h.handles.get(CHANNELS.openFile)!(trusted)).resolves.toBeNull();

    const pdf = join(dir, 'stroom.pdf');
    h.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: pdf });
    await expect(h.handles.get(CHANNELS.saveExport)!(trusted, 'pdf', new Uint8Array([37, 80, 68, 70]), 'stroom.pdf')).resolves.toBe(true);
    expect(readFileSync(pdf, 'latin1')).toBe('%PDF');
    expect(h.electron.dialog.showSaveDialog.mock.calls.at(-1)).toEqual([win, expect.objectContaining({ title: 'Exporteren als PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] })]);
    h.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(h.handles.get(CHANNELS.saveExport)!(trusted, 'svg', '<svg/>', 'stroom.svg')).resolves.toBe(false);
  });

  it('Quit waits for a dirty window: Cancel keeps the app, Close quits', () => {
    h.windows.length = 0;
    appListener('activate')();
    const win = h.windows[0]!;
    const trusted = trustedFor(win);
    h.ons.get(CHANNELS.setDocumentState)!(trusted, { name: 'a.werkzaam', dirty: true });
    const requests = () => win.webContents.send.mock.calls.filter(([channel]) => channel === CHANNELS.closeRequest).map(([, id]) => id);

    appListener('before-quit')();
    expect(win.close().preventDefault).toHaveBeenCalled();
    h.ons.get(CHANNELS.closeAnswer)!(trusted, requests().at(-1), false);
    expect(win.closed).toBe(1);
    expect(h.electron.app.quit).not.toHaveBeenCalled();

    // Closing the window itself later is not a quit.
    win.close();
    h.ons.get(CHANNELS.closeAnswer)!(trusted, requests().at(-1), true);
    expect(win.closed).toBe(3);
    expect(h.electron.app.quit).not.toHaveBeenCalled();

    h.windows.length = 0;
    appListener('activate')();
    const next = h.windows[0]!;
    h.ons.get(CHANNELS.setDocumentState)!(trustedFor(next), { name: 'b.werkzaam', dirty: true });
    appListener('before-quit')();
    next.close();
    const id = next.webContents.send.mock.calls.filter(([channel]) => channel === CHANNELS.closeRequest).at(-1)![1];
    h.ons.get(CHANNELS.closeAnswer)!(trustedFor(next), id, true);
    expect(h.electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('several windows: a file from the OS opens beside a theory in use, New Window and Close work per window, and each window keeps its own recovery copy', async () => {
    h.windows.length = 0;
    appListener('activate')();
    const first = h.windows[0]!;
    h.ons.get(CHANNELS.setDocumentState)!(trustedFor(first), { name: 'a.werkzaam', dirty: false, path: '/docs/a.werkzaam' });
    const dir = mkdtempSync(join(tmpdir(), 'werkzaam-windows-'));
    const theory = join(dir, 'b.werkzaam');
    writeFileSync(theory, '{}');
    appListener('open-file')({ preventDefault: vi.fn() }, theory);
    // The first window shows a file of its own: the new one opens in a second window.
    expect(h.windows).toHaveLength(2);
    const second = h.windows[1]!;
    expect(second.webContents.send).toHaveBeenCalledWith(CHANNELS.action, 'open-path', theory);
    expect(first.webContents.send).not.toHaveBeenCalledWith(CHANNELS.action, 'open-path', theory);

    await h.handles.get(CHANNELS.newWindow)!(trustedFor(first));
    expect(h.windows).toHaveLength(3);
    await h.handles.get(CHANNELS.closeWindow)!(trustedFor(h.windows[2]!));
    expect(h.windows[2]!.closed).toBe(1);

    // Each window writes its own copy; a window that starts later is offered neither while both live.
    await h.handles.get(CHANNELS.writeRecovery)!(trustedFor(first), '{"from":"first"}');
    await h.handles.get(CHANNELS.writeRecovery)!(trustedFor(second), '{"from":"second"}');
    expect(await h.handles.get(CHANNELS.readRecovery)!(trustedFor(h.windows[2]!))).toBeNull();
    // The first window crashes and closes: its copy stays for the next window to offer back.
    first.emit('closed');
    appListener('activate')();
    const fourth = h.windows.at(-1)!;
    expect(await h.handles.get(CHANNELS.readRecovery)!(trustedFor(fourth))).toBe('{"from":"first"}');
    // Restored and then saved or discarded: clearing removes that copy, and the second window's stays.
    await h.handles.get(CHANNELS.clearRecovery)!(trustedFor(fourth));
    expect(await h.handles.get(CHANNELS.readRecovery)!(trustedFor(h.windows[2]!))).toBeNull();
    second.emit('closed');
    expect(await h.handles.get(CHANNELS.readRecovery)!(trustedFor(h.windows[2]!))).toBe('{"from":"second"}');
  });

  it('a page cannot open windows without end: New Window stops at the cap and says why (S4)', async () => {
    const page = h.windows.at(-1)!;
    const ask = h.electron.dialog.showMessageBox;
    ask.mockClear();
    const before = h.windows.length;
    for (let i = 0; i < 3 * MAX_WINDOWS; i++) await h.handles.get(CHANNELS.newWindow)!(trustedFor(page));
    const opened = h.windows.length - before;
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThanOrEqual(MAX_WINDOWS);
    expect(ask).toHaveBeenCalled();
    expect((ask.mock.calls.at(-1) as unknown as [unknown, { message: string }])[1].message).toBe(`Er zijn al ${MAX_WINDOWS} vensters open. Sluit er een om nog een theorie te openen.`);
    // Window.open from the page never adds one either; closing one makes room for exactly one.
    h.windows.at(-1)!.emit('closed');
    const room = h.windows.length;
    await h.handles.get(CHANNELS.newWindow)!(trustedFor(page));
    await h.handles.get(CHANNELS.newWindow)!(trustedFor(page));
    expect(h.windows.length).toBe(room + 1);
  });
});
