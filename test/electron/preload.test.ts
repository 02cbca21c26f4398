import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const ipc = { invoke: vi.fn(async () => 'ok'), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: ipc,
}));

describe('preload bridge', () => {
  it('exposes exactly the WerkzaamBridge methods as window.werkzaam, nothing raw', async () => {
    await import('../../electron/preload');
    expect(Object.keys(exposed)).toEqual(['werkzaam']);
    const bridge = exposed.werkzaam as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(bridge).sort()).toEqual(
      ['openFile', 'openImport', 'readFile', 'saveFile', 'saveExport', 'recentFiles', 'getLanguage', 'setLanguage', 'getPersonalLibrary', 'setPersonalLibrary', 'setDocumentState', 'writeRecovery', 'readRecovery', 'clearRecovery', 'keepRecovery', 'keptRecovery', 'newWindow', 'closeWindow', 'onAction', 'onCloseRequest'].sort(),
    );
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    await bridge.saveFile!('{}', null, 'a.werkzaam', { expected: null, overwrite: [] });
    expect(ipc.invoke).toHaveBeenCalledWith('werkzaam:save-file', '{}', null, 'a.werkzaam', { expected: null, overwrite: [] });
    await bridge.setPersonalLibrary!([{ abbreviation: 'MPE' }]);
    expect(ipc.invoke).toHaveBeenLastCalledWith('werkzaam:set-personal-library', [{ abbreviation: 'MPE' }]);
    await bridge.getPersonalLibrary!();
    expect(ipc.invoke).toHaveBeenLastCalledWith('werkzaam:get-personal-library');
  });

  it('answers a close request with the page’s decision and unsubscribes cleanly', async () => {
    const bridge = exposed.werkzaam as { onCloseRequest(l: () => Promise<boolean>): () => void };
    const stop = bridge.onCloseRequest(async () => true);
    const [, handler] = ipc.on.mock.calls.find(([channel]) => channel === 'werkzaam:close-request') as unknown as [string, (e: unknown, id: unknown) => void];
    handler({}, 7);
    await new Promise((r) => setTimeout(r, 0));
    expect(ipc.send).toHaveBeenCalledWith('werkzaam:close-answer', 7, true);
    stop();
    expect(ipc.removeListener).toHaveBeenCalledWith('werkzaam:close-request', handler);
  });

  it('delivers menu actions with their payload and unsubscribes', () => {
    const bridge = exposed.werkzaam as { onAction(l: (action: string, payload?: string) => void): () => void };
    const seen: unknown[][] = [];
    const stop = bridge.onAction((action, payload) => seen.push([action, payload]));
    const [, handler] = ipc.on.mock.calls.filter(([channel]) => channel === 'werkzaam:action').at(-1) as unknown as [string, (e: unknown, ...a: unknown[]) => void];
    handler({}, 'file.save');
    handler({}, 'open-path', '/docs/a.werkzaam');
    handler({}, 42, 'x');
    expect(seen).toEqual([['file.save', undefined], ['open-path', '/docs/a.werkzaam']]);
    stop();
    expect(ipc.removeListener).toHaveBeenCalledWith('werkzaam:action', handler);
  });
});
