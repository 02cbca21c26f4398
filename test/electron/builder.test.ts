import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

const root = join(__dirname, '../..');

describe('electron-builder.yml', () => {
  const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  it('names the app and ships the built files', () => {
    expect(config.appId).toBe('nl.werkzaam.app');
    expect(config.productName).toBe('Werkzaam');
    expect(config.files).toContain('dist/**/*');
    expect(config.files).toContain('package.json');
    expect(pkg.main.startsWith('dist/')).toBe(true);
    expect(config.asar).toBe(true);
  });

  it('associates .werkzaam files with the app as their editor', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'werkzaam', role: 'Editor', mimeType: 'application/x-werkzaam+json' })]);
  });

  it('builds installers for Windows, macOS and Linux with an icon that exists', () => {
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    for (const os of ['win', 'mac', 'linux']) expect(existsSync(join(root, config[os].icon))).toBe(true);
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });
});

// The built main bundle is loaded below against a stand-in Electron.
const fake = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const userData = { path: '' };
  const app = {
    requestSingleInstanceLock: () => true,
    on: vi.fn(),
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getPath: () => userData.path,
    getLocale: () => 'en-GB',
    getVersion: () => '0.1.0',
    getName: () => 'werkzaam',
    isPackaged: true,
    addRecentDocument: vi.fn(),
    quit: vi.fn(),
  };
  class BrowserWindow {
    static getAllWindows = () => windows;
    static getFocusedWindow = () => null;
    webContents = { send: vi.fn(), on: vi.fn(), once: vi.fn(), isLoading: () => true };
    loadURL = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    id = 1;
    on = vi.fn();
    once = vi.fn();
    maximize = vi.fn();
  }
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: vi.fn(), on: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    screen: { getAllDisplays: () => [] },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onHeadersReceived: vi.fn() } } },
    shell: { openExternal: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
  return { electron, windows, userData };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('the Electron bundles', () => {
  it('build; the main bundle needs only electron and Node, the sandboxed preload only electron', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root });
    const preload = readFileSync(join(root, 'dist/electron/preload.cjs'), 'utf8');
    expect([...new Set(preload.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
    expect(preload).toContain('exposeInMainWorld("werkzaam"');
    const main = readFileSync(join(root, 'dist/electron/main.mjs'), 'utf8');
    const imported = new Set([...main.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]!));
    expect([...imported].filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
    expect(imported.has('electron')).toBe(true);
    expect(main).not.toMatch(/import\(["']electron-store["']\)/);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main).toBe('dist/electron/main.mjs');
  });

  it('the built main bundle starts: a hardened window on the built page, preferences in the user-data folder', async () => {
    fake.userData.path = mkdtempSync(join(tmpdir(), 'werkzaam-bundle-'));
    await import(pathToFileURL(join(root, 'dist/electron/main.mjs')).href);
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const win = fake.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(root, 'dist/electron/preload.cjs') });
    expect(win.loadURL).toHaveBeenCalledWith('app://werkzaam/index.html');
    // app://werkzaam/ is the built renderer folder next to the bundle (built or not yet).
    const [scheme, serve] = fake.electron.protocol.handle.mock.calls[0]! as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const page = await serve({ url: 'app://werkzaam/index.html', method: 'GET' });
    expect(page.status).toBe(existsSync(join(root, 'dist/renderer/index.html')) ? 200 : 404);
    expect((await serve({ url: 'app://werkzaam/%2e%2e/electron/main.mjs', method: 'GET' })).status).toBe(404);
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(existsSync(join(fake.userData.path, 'preferences.json'))).toBe(true);
  });
});
