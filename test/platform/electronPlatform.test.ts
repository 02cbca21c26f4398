import { describe, expect, it, vi } from 'vitest';
import type { BridgeOpenResult, BridgeSaveOptions, BridgeSaveResult, WerkzaamBridge } from '../../shared/bridge';
import { createElectronPlatform } from '../../renderer/platform/electronPlatform';
import { FileAccessError, SaveConflictError, UnreadableFileError, type OpenRequest } from '../../renderer/platform/platform';
import { makeProblem } from '../../shared/format/problems';

/** A bridge with files on a pretend disk; records what the renderer told the main process. */
function fakeBridge(files: Record<string, string> = {}) {
  const actionListeners = new Set<(action: string, payload?: string) => void>();
  const states: unknown[] = [];
  const saves: { text: string; path: string | null; suggestedName: string; options: BridgeSaveOptions }[] = [];
  let version = 1;
  /** The personal library as the main process keeps it. */
  const library: { kept: unknown[] } = { kept: [] };
  /** The next save's answer instead of writing (a conflict, a failure). */
  const next: { save: BridgeSaveResult | null } = { save: null };
  const read = async (path: string): Promise<BridgeOpenResult> => {
    const text = files[path];
    const name = path.split(/[\\/]/).pop()!;
    if (text === undefined) return { status: 'failed', name, code: 'missing' };
    return { status: 'opened', file: { path, name, text, version: { mtimeMs: version, size: text.length, ino: 7 } } };
  };
  const bridge: WerkzaamBridge = {
    openFile: async () => read('/home/an/kdg.werkzaam'),
    openImport: async () => [{ name: 'model.csv', bytes: new TextEncoder().encode('Input\nx\n') }],
    readFile: read,
    saveFile: async (text, path, suggestedName, options) => {
      saves.push({ text, path, suggestedName, options });
      if (next.save) {
        const answer = next.save;
        next.save = null;
        return answer;
      }
      const target = path ?? `/home/an/${suggestedName}`;
      files[target] = text;
      return { status: 'saved', path: target, name: target.split('/').pop()!, version: { mtimeMs: ++version, size: text.length, ino: 7 } };
    },
    saveExport: async () => true,
    recentFiles: async () => [{ path: '/home/an/kdg.werkzaam', name: 'kdg.werkzaam', openedAt: '2026-01-01T00:00:00.000Z' }],
    getLanguage: async () => 'en',
    setLanguage: async () => undefined,
    getPersonalLibrary: async () => ({ instruments: library.kept as never, problems: [] }),
    setPersonalLibrary: async (instruments) => void (library.kept = instruments),
    setDocumentState: (state) => void states.push(state),
    writeRecovery: async () => undefined,
    newWindow: async () => undefined,
    closeWindow: async () => undefined,
    readRecovery: async () => null,
    clearRecovery: async () => undefined,
    keepRecovery: async () => '/userdata/recovery/kept/a.json',
    keptRecovery: async () => [],
    onAction: (listener) => {
      actionListeners.add(listener);
      return () => actionListeners.delete(listener);
    },
    onCloseRequest: () => () => undefined,
  };
  const fire = (action: string, payload?: string) => actionListeners.forEach((l) => l(action, payload));
  return { bridge, states, saves, fire, files, next, library };
}

describe('Electron platform over the preload bridge', () => {
  it('saves back to the path it opened, and Save As passes no path', async () => {
    const { bridge, saves } = fakeBridge({ '/home/an/kdg.werkzaam': '{}' });
    const platform = createElectronPlatform(bridge, '1.2.3');
    expect(platform.nativeMenus).toBe(true);
    expect(platform.appVersion).toBe('1.2.3');
    const opened = (await platform.openFile())!;
    expect(opened.name).toBe('kdg.werkzaam');
    await platform.saveFile('{"a":1}', opened.ref, 'kdg.werkzaam');
    await platform.saveFile('{"a":2}', null, 'kopie.werkzaam');
    expect(saves.map((s) => s.path)).toEqual(['/home/an/kdg.werkzaam', null]);
  });

  it('each save carries the version the document came from, and the next one the version it wrote', async () => {
    const { bridge, saves } = fakeBridge({ '/home/an/kdg.werkzaam': '{}' });
    const platform = createElectronPlatform(bridge, '');
    const opened = (await platform.openFile())!;
    const saved = (await platform.saveFile('{"a":1}', opened.ref, 'kdg.werkzaam'))!;
    await platform.saveFile('{"a":2}', saved.ref, 'kdg.werkzaam');
    await platform.saveFile('{"a":3}', null, 'new.werkzaam');
    expect(saves.map((s) => s.options)).toEqual([
      { expected: { mtimeMs: 1, size: 2, ino: 7 }, overwrite: [] },
      { expected: { mtimeMs: 2, size: 7, ino: 7 }, overwrite: [] },
      { expected: null, overwrite: [] },
    ]);
  });

  it('a conflict, a failure and a file that is no theory come back as errors the session can word', async () => {
    const { bridge, next, saves } = fakeBridge({ '/home/an/kdg.werkzaam': '{}' });
    const platform = createElectronPlatform(bridge, '');
    const opened = (await platform.openFile())!;
    next.save = { status: 'conflict', path: '/home/an/kdg.werkzaam', name: 'kdg.werkzaam', conflict: 'changed-on-disk' };
    const conflict = await platform.saveFile('{}', opened.ref, 'kdg.werkzaam').catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(SaveConflictError);
    expect(conflict).toMatchObject({ conflict: 'changed-on-disk', fileName: 'kdg.werkzaam', retry: { path: '/home/an/kdg.werkzaam' } });
    // Agreeing to overwrite is passed on as such.
    await platform.saveFile('{}', (conflict as SaveConflictError).retry, 'kdg.werkzaam', { overwrite: ['changed-on-disk'] });
    expect(saves.at(-1)!.options.overwrite).toEqual(['changed-on-disk']);

    next.save = { status: 'failed', name: 'kdg.werkzaam', code: 'missing-folder', folder: '/home/an' };
    await expect(platform.saveFile('{}', opened.ref, 'kdg.werkzaam')).rejects.toMatchObject({ code: 'missing-folder', fileName: 'kdg.werkzaam', info: { folder: '/home/an' } });

    bridge.readFile = async () => ({ status: 'failed', name: 'big.werkzaam', code: 'other', problems: [makeProblem('too-large', '', 'tooLarge', { size: '21.0 MB', limit: '20.0 MB' })] });
    const [entry] = await platform.recentFiles();
    const unreadable = await platform.openRecent(entry!).catch((e: unknown) => e);
    expect(unreadable).toBeInstanceOf(UnreadableFileError);
    expect((unreadable as UnreadableFileError).problems[0]!.message).toBe('the file is too large (21.0 MB; the limit is 20.0 MB)');
  });

  it('tells the main process the file path with the title, for the OS to show', async () => {
    const { bridge, states } = fakeBridge({ '/home/an/kdg.werkzaam': '{}' });
    const platform = createElectronPlatform(bridge, '');
    const opened = (await platform.openFile())!;
    platform.setDocumentState({ name: 'kdg.werkzaam', dirty: true, ref: opened.ref });
    platform.setDocumentState({ name: 'Untitled', dirty: false });
    expect(states).toEqual([
      { name: 'kdg.werkzaam', dirty: true, path: '/home/an/kdg.werkzaam' },
      { name: 'Untitled', dirty: false, path: null },
    ]);
  });

  it('routes "open-path" to open requests, not to menu actions; a failed read rejects with the reason', async () => {
    const { bridge, fire } = fakeBridge({ '/home/an/a.werkzaam': '{"x":1}' });
    const platform = createElectronPlatform(bridge, '');
    const actions: string[] = [];
    const requests: OpenRequest[] = [];
    platform.onMenuAction((action) => actions.push(action));
    const stop = platform.onOpenRequest((request) => requests.push(request));
    fire('file.save');
    fire('open-path', '/home/an/a.werkzaam');
    fire('open-path', 'C:\\Users\\an\\weg.werkzaam');
    expect(actions).toEqual(['file.save']);
    expect(requests.map((r) => r.name)).toEqual(['a.werkzaam', 'weg.werkzaam']);
    expect(await requests[0]!.read()).toMatchObject({ name: 'a.werkzaam', text: '{"x":1}' });
    await expect(requests[1]!.read()).rejects.toThrow(FileAccessError);
    await expect(requests[1]!.read()).rejects.toMatchObject({ code: 'missing', fileName: 'weg.werkzaam' });
    stop();
    fire('open-path', '/home/an/a.werkzaam');
    expect(requests).toHaveLength(2);
  });

  it('opens a recent file by its path, and refuses a reference from another platform', async () => {
    const { bridge } = fakeBridge({ '/home/an/kdg.werkzaam': '{"r":1}' });
    const platform = createElectronPlatform(bridge, '');
    const [entry] = await platform.recentFiles();
    expect((await platform.openRecent(entry!)).text).toBe('{"r":1}');
    const foreign = { name: 'x.werkzaam', openedAt: '', ref: { platform: 'web', name: 'x.werkzaam' } };
    await expect(platform.openRecent(foreign)).rejects.toThrow('"x.werkzaam" is not a file on this computer.');
  });

  it('asks the bridge for nothing else when an unrelated action arrives', () => {
    const { bridge, fire } = fakeBridge();
    const spy = vi.spyOn(bridge, 'readFile');
    createElectronPlatform(bridge, '').onOpenRequest(() => undefined);
    fire('open-path');
    fire('edit.undo', '/not/a/path');
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('keyboard of the host', () => {
  it('Mac shortcuts (⌘) only where the navigator names an Apple machine', async () => {
    const { usesMacShortcuts } = await import('../../renderer/platform/platform');
    expect(usesMacShortcuts({ platform: 'MacIntel' })).toBe(true);
    expect(usesMacShortcuts({ platform: '', userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)' })).toBe(true);
    expect(usesMacShortcuts({ platform: 'Linux x86_64' })).toBe(false);
    expect(usesMacShortcuts({ platform: 'Win32' })).toBe(false);
    expect(usesMacShortcuts(undefined)).toBe(false);
  });
});
