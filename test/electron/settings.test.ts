import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => {
  const electron = { app: { getPath: () => tmpdir(), getVersion: () => '0.1.0', getName: () => 'werkzaam' }, ipcMain: { on: vi.fn(), handle: vi.fn() }, shell: {} };
  return { ...electron, default: electron };
});

describe('preferences (electron-store)', () => {
  it('remembers language, recent files and bounds across reopening', async () => {
    const { openPreferences } = await import('../../electron/main/settings');
    const cwd = mkdtempSync(join(tmpdir(), 'werkzaam-prefs-'));
    const first = await openPreferences(cwd);
    expect(first.get('language')).toBeNull();
    first.set('language', 'en');
    first.set('recent', [{ path: '/a.werkzaam', name: 'a.werkzaam', openedAt: '2026-01-01' }]);
    first.set('bounds', { x: 1, y: 2, width: 1200, height: 800 });
    const second = await openPreferences(cwd);
    expect(second.get('language')).toBe('en');
    expect(second.get('recent')).toHaveLength(1);
    expect(second.get('bounds')).toEqual({ x: 1, y: 2, width: 1200, height: 800 });
  });
});

describe('the personal instrument library in the preferences (#11)', () => {
  it('is kept across reopening, and a stored library with bad entries is read as far as it goes', async () => {
    const { openPreferences } = await import('../../electron/main/settings');
    const { readPersonalLibrary } = await import('../../shared/research/personalLibrary');
    const cwd = mkdtempSync(join(tmpdir(), 'werkzaam-prefs-'));
    const mpe = { name: 'Meetschaal voor Psychologisch Empowerment', abbreviation: 'MPE', measures: '', reference: 'KdG 2017', factors: ['intrapsychisch'], scale: '' };
    const first = await openPreferences(cwd);
    expect(first.get('instruments')).toEqual([]);
    first.set('instruments', [mpe]);
    expect((await openPreferences(cwd)).get('instruments')).toEqual([mpe]);

    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cwd, 'preferences.json'), JSON.stringify({ language: 'nl', instruments: [mpe, 42, { ...mpe, abbreviation: 'X', factors: 'a' }] }));
    const prefs = await openPreferences(cwd);
    expect(prefs.get('language')).toBe('nl');
    expect(prefs.get('instruments').map((i) => [i.abbreviation, i.factors])).toEqual([['MPE', ['intrapsychisch']], ['X', []]]);
    expect(readPersonalLibrary(prefs.stored('instruments')).problems).toEqual([
      { code: 'not-an-instrument', entry: 2 },
      { code: 'bad-field', entry: 3, name: 'X', field: 'factors', why: 'kind' },
    ]);
    writeFileSync(join(cwd, 'preferences.json'), JSON.stringify({ instruments: 'MPE' }));
    expect((await openPreferences(cwd)).get('instruments')).toEqual([]);
  });
});

describe('sanitizePreference', () => {
  it('replaces values of the wrong shape with defaults, key by key', async () => {
    const { sanitizePreference } = await import('../../electron/main/settings');
    expect(sanitizePreference('language', 'fr')).toBeNull();
    expect(sanitizePreference('language', 'nl')).toBe('nl');
    expect(sanitizePreference('maximized', 'yes')).toBe(false);
    expect(sanitizePreference('bounds', { x: 1, y: 2, width: 'wide', height: 3 })).toBeNull();
    expect(sanitizePreference('bounds', { x: 1, y: 2, width: 900, height: 700, extra: 1 })).toEqual({ x: 1, y: 2, width: 900, height: 700 });
    expect(sanitizePreference('recent', 'oops')).toEqual([]);
    expect(sanitizePreference('recent', [{ path: '/a.werkzaam', name: 'a.werkzaam', openedAt: 'x' }, { path: 3 }, null])).toEqual([
      { path: '/a.werkzaam', name: 'a.werkzaam', openedAt: 'x' },
    ]);
  });

  it('a preferences file that is not JSON starts over instead of stopping the app', async () => {
    const { writeFileSync } = await import('node:fs');
    const { openPreferences } = await import('../../electron/main/settings');
    const cwd = mkdtempSync(join(tmpdir(), 'werkzaam-prefs-'));
    writeFileSync(join(cwd, 'preferences.json'), '{"language": "en", "recent": [');
    const prefs = await openPreferences(cwd);
    expect(prefs.get('language')).toBeNull();
    expect(prefs.get('recent')).toEqual([]);
  });
});
