import { describe, expect, it, vi } from 'vitest';
import { registerIpc, type IpcDeps, type IpcEventLike } from '../../electron/main/ipc';
import { CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../../electron/main/channels';

function setup() {
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => void>();
  const deps = Object.fromEntries(
    ['openFile', 'openImport', 'readFile', 'saveFile', 'saveExport', 'recentFiles', 'getLanguage', 'setLanguage', 'getPersonalLibrary', 'setPersonalLibrary', 'writeRecovery', 'readRecovery', 'clearRecovery', 'keepRecovery', 'keptRecovery', 'newWindow', 'closeWindow', 'setDocumentState', 'closeAnswer'].map((k) => [k, vi.fn(async () => null)]),
  ) as unknown as IpcDeps & Record<string, ReturnType<typeof vi.fn>>;
  deps.isTrusted = (url, isMainFrame) => isMainFrame && url === 'app://werkzaam/index.html';
  deps.log = vi.fn();
  registerIpc({ handle: (c, h) => handlers.set(c, h), on: (c, l) => listeners.set(c, l) }, deps);
  return { handlers, listeners, deps };
}
const trusted: IpcEventLike = { senderFrame: { url: 'app://werkzaam/index.html', parent: null }, sender: {} };
const evil: IpcEventLike = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
const subframe: IpcEventLike = { senderFrame: { url: 'app://werkzaam/index.html', parent: {} }, sender: {} };

describe('IPC handlers', () => {
  it('registers exactly the bridge channels', () => {
    const { handlers, listeners } = setup();
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...listeners.keys()].sort()).toEqual([...SEND_CHANNELS].sort());
  });

  it('offers the page no way to open links outside the app (S3: no feature needs it)', () => {
    const { handlers, listeners } = setup();
    const all = [...Object.values(CHANNELS), ...handlers.keys(), ...listeners.keys()];
    expect(all.filter((c) => /external|link|url|shell/i.test(c))).toEqual([]);
  });

  it('every handler refuses an untrusted sender or a subframe before doing anything', async () => {
    const { handlers, listeners, deps } = setup();
    for (const [channel, handler] of handlers) {
      for (const event of [evil, subframe, { senderFrame: null }]) {
        expect(() => handler(event, 'x', 'y', 'z'), channel).toThrow(/untrusted sender/);
      }
    }
    for (const listener of listeners.values()) listener(evil, { name: 'x', dirty: true }, true);
    const { log, ...work } = deps;
    for (const fn of Object.values(work)) if (typeof fn === 'function' && 'mock' in fn) expect(fn).not.toHaveBeenCalled();
    // Each refusal is logged in the main process with the channel and the foreign page.
    expect(log).toHaveBeenCalledWith(`Werkzaam: refused ${CHANNELS.readFile} from https://evil.example/`);
    expect(log).toHaveBeenCalledWith(`Werkzaam: refused ${CHANNELS.readFile} from a subframe at app://werkzaam/index.html`);
    expect(log).toHaveBeenCalledWith(`Werkzaam: refused ${CHANNELS.closeAnswer} from https://evil.example/`);
    expect(log).toHaveBeenCalledTimes(handlers.size * 3 + listeners.size);
  });

  it('checks argument types', async () => {
    const { handlers, deps } = setup();
    expect(() => handlers.get(CHANNELS.readFile)!(trusted, 42)).toThrow(/path must be text/);
    expect(() => handlers.get(CHANNELS.setLanguage)!(trusted, 'fr')).toThrow(/unknown language/);
    expect(() => handlers.get(CHANNELS.saveExport)!(trusted, 'exe', 'x', 'a')).toThrow(/unknown export kind/);
    expect(() => handlers.get(CHANNELS.saveExport)!(trusted, 'pdf', { length: 1 }, 'a')).toThrow(/text or bytes/);
    await handlers.get(CHANNELS.saveFile)!(trusted, '{}', null, 'a/b:c.werkzaam', { expected: null, overwrite: [] });
    expect(deps.saveFile).toHaveBeenCalledWith('{}', null, 'a b c.werkzaam', { expected: null, overwrite: [] });
    const version = { mtimeMs: 1, size: 2, ino: 3 };
    await handlers.get(CHANNELS.saveFile)!(trusted, '{}', '/a.werkzaam', 'a.werkzaam', { expected: version, overwrite: ['read-only', 'read-only'], extra: 1 });
    expect(deps.saveFile).toHaveBeenLastCalledWith('{}', '/a.werkzaam', 'a.werkzaam', { expected: version, overwrite: ['read-only'] });
    for (const options of [undefined, null, { expected: null }, { expected: null, overwrite: ['everything'] }, { expected: { mtimeMs: 'x' }, overwrite: [] }, { expected: { mtimeMs: NaN, size: 1, ino: 1 }, overwrite: [] }]) {
      expect(() => handlers.get(CHANNELS.saveFile)!(trusted, '{}', null, 'a.werkzaam', options), JSON.stringify(options)).toThrow(/save options|overwrite|version/);
    }
    await handlers.get(CHANNELS.setLanguage)!(trusted, 'nl');
    expect(deps.setLanguage).toHaveBeenCalledWith('nl');
  });

  it('document state and close answers are passed on only when well-formed', () => {
    const { listeners, deps } = setup();
    listeners.get(CHANNELS.setDocumentState)!(trusted, { name: 'a.werkzaam', dirty: 'yes' });
    expect(deps.setDocumentState).not.toHaveBeenCalled();
    listeners.get(CHANNELS.setDocumentState)!(trusted, { name: 'a.werkzaam', dirty: true });
    expect(deps.setDocumentState).toHaveBeenCalledWith({}, { name: 'a.werkzaam', dirty: true, path: null });
    listeners.get(CHANNELS.setDocumentState)!(trusted, { name: 'a.werkzaam', dirty: false, path: '/docs/a.werkzaam' });
    expect(deps.setDocumentState).toHaveBeenLastCalledWith({}, { name: 'a.werkzaam', dirty: false, path: '/docs/a.werkzaam' });
    listeners.get(CHANNELS.setDocumentState)!(trusted, { name: 'a.werkzaam', dirty: false, path: 42 });
    expect(deps.setDocumentState).toHaveBeenLastCalledWith({}, { name: 'a.werkzaam', dirty: false, path: null });
    listeners.get(CHANNELS.closeAnswer)!(trusted, 3, true);
    expect(deps.closeAnswer).toHaveBeenCalledWith({}, 3, true);
  });

  it('the personal instrument library: read as the main process has it, kept only as a list of valid instruments (#11)', async () => {
    const { handlers, deps } = setup();
    const mpe = { name: 'Meetschaal voor Psychologisch Empowerment', abbreviation: 'MPE', measures: '', reference: 'KdG 2017', factors: ['intrapsychisch'], scale: '1–5' };
    vi.mocked(deps.getPersonalLibrary).mockReturnValue({ instruments: [mpe], problems: [{ code: 'unnamed', entry: 2 }] });
    expect(await handlers.get(CHANNELS.getPersonalLibrary)!(trusted)).toEqual({ instruments: [mpe], problems: [{ code: 'unnamed', entry: 2 }] });

    await handlers.get(CHANNELS.setPersonalLibrary)!(trusted, [mpe, { ...mpe, abbreviation: 'MBE', name: 'MBE', extra: 'dropped' }]);
    expect(deps.setPersonalLibrary).toHaveBeenCalledWith([mpe, { ...mpe, abbreviation: 'MBE', name: 'MBE' }]);
    for (const [bad, why] of [
      [{ 0: mpe }, /must be a list/],
      ['[]', /must be a list/],
      [Array.from({ length: 201 }, (_, n) => ({ ...mpe, abbreviation: `S${n}` })), /too many/],
      [[mpe, 'MPE'], /not-an-instrument \(entry 2\)/],
      [[{ ...mpe, scale: 5 }], /bad-field \(entry 1, scale\)/],
      [[{ ...mpe, name: 'x'.repeat(100_001) }], /bad-field \(entry 1, name\)/],
      [[mpe, { ...mpe, abbreviation: 'mpe' }], /duplicate \(entry 2\)/],
      [[{ measures: 'x' }], /unnamed \(entry 1\)/],
      [[{ ...mpe, reference: 'x'.repeat(21 * 1024 * 1024) }], /too large/],
    ] as const) {
      expect(() => handlers.get(CHANNELS.setPersonalLibrary)!(trusted, bad), String(why)).toThrow(why);
    }
    expect(deps.setPersonalLibrary).toHaveBeenCalledTimes(1);
    // A foreign page can neither read nor overwrite it (the sender check above covers every channel; here by name).
    expect(() => handlers.get(CHANNELS.setPersonalLibrary)!(evil, [mpe])).toThrow(/untrusted sender/);
    expect(() => handlers.get(CHANNELS.getPersonalLibrary)!(subframe)).toThrow(/untrusted sender/);
    expect(deps.setPersonalLibrary).toHaveBeenCalledTimes(1);
    expect(deps.getPersonalLibrary).toHaveBeenCalledTimes(1);
  });
});
