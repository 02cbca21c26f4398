import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('the Electron bundles', () => {
  it('build, and the sandboxed preload requires nothing but electron', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root });
    const preload = readFileSync(join(root, 'dist/electron/preload.cjs'), 'utf8');
    expect([...new Set(preload.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
    expect(preload).toContain('exposeInMainWorld("werkzaam"');
    const main = readFileSync(join(root, 'dist/electron/main.mjs'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main).toBe('dist/electron/main.mjs');
  });
});
