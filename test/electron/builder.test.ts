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

  it('associates .werkzaam files with the app as their editor, with a document icon for Windows and macOS', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'werkzaam', role: 'Editor', mimeType: 'application/x-werkzaam+json' })]);
    // electron-builder looks the icon up in buildResources as <icon>.ico / <icon>.icns and fails the build if it is missing.
    const icon = config.fileAssociations[0].icon as string;
    const resources = join(root, config.directories.buildResources);
    const ico = readFileSync(join(resources, `${icon}.ico`));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect(pngSize(ico.subarray(ico.readUInt32LE(18)))).toBe(256);
    const icns = readFileSync(join(resources, `${icon}.icns`));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) entries[icns.toString('ascii', at, at + 4)] = pngSize(icns.subarray(at + 8));
    expect(entries).toEqual({ ic08: 256, ic09: 512 });
  });

  it('builds installers for Windows, macOS and Linux with icons that exist', () => {
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    for (const os of ['win', 'mac']) expect(pngSize(readFileSync(join(root, config[os].icon)))).toBe(512);
    // Linux takes a folder of NxN.png files and reads each size from its name.
    const set = join(root, config.linux.icon);
    for (const size of [256, 512]) expect(pngSize(readFileSync(join(set, `${size}x${size}.png`)))).toBe(size);
    expect(config.linux.mimeTypes).toContain(config.fileAssociations[0].mimeType);
  });

  it("flips the fuses that close Electron's back doors", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it("passes electron-builder's own schema check (so a typo cannot wait until someone packages)", async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as { validateConfiguration(c: unknown, l: unknown): Promise<void> };
    const { DebugLogger } = (await import('builder-util')) as unknown as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    // The check bites: a misspelt key in the file association is refused.
    const misspelt = { ...structuredClone(config), fileAssociations: [{ ...config.fileAssociations[0], mimetype: 'x' }] };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/fileAssociations/);
  });

  it('names the .werkzaam association for the OS: name, description, role Editor, icon, mime type (also on Linux)', () => {
    const [association] = config.fileAssociations;
    expect(association).toEqual({
      ext: 'werkzaam',
      name: 'Werkzaam theory',
      description: 'Program theory (Werkzaam)',
      mimeType: 'application/x-werkzaam+json',
      role: 'Editor',
      icon: 'document',
    });
    expect(config.productName).toBe('Werkzaam');
  });

  it('packs only the built files, not sources or tests', () => {
    expect(config.directories.output).toBe('release');
    expect(config.files.filter((f: string) => !f.startsWith('!'))).toEqual(['dist/**/*', 'package.json']);
  });
});

/** Width of a square PNG, checked to be square and to start with the PNG signature. */
function pngSize(png: Buffer): number {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(png.readUInt32BE(16)).toBe(png.readUInt32BE(20));
  return png.readUInt32BE(16);
}

// The built main bundle is loaded below against a stand-in Electron.
const fake = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const userData = { path: '' };
  const app = {
    enableSandbox: vi.fn(),
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
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        setBluetoothPairingHandler: vi.fn(),
        setDisplayMediaRequestHandler: vi.fn(),
        setSpellCheckerEnabled: vi.fn(),
        on: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
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
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick', preload: join(root, 'dist/electron/preload.cjs') });
    expect(win.loadURL).toHaveBeenCalledWith('app://werkzaam/index.html');
    // app://werkzaam/ is the built renderer folder next to the bundle (built or not yet).
    const [scheme, serve] = fake.electron.protocol.handle.mock.calls[0]! as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const page = await serve({ url: 'app://werkzaam/index.html', method: 'GET' });
    expect(page.status).toBe(existsSync(join(root, 'dist/renderer/index.html')) ? 200 : 404);
    expect((await serve({ url: 'app://werkzaam/%2e%2e/electron/main.mjs', method: 'GET' })).status).toBe(404);
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(existsSync(join(fake.userData.path, 'preferences.json'))).toBe(true);
  });
});
