// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebPlatform, mergeRecent } from '../../renderer/platform/webPlatform';
import { memoryStore } from '../../renderer/platform/idb';
import { FileAccessError, SaveConflictError, UnreadableFileError, type RecentEntry } from '../../renderer/platform/platform';

/** A File System Access handle kept in memory. */
function handle(name: string, initial = '') {
  let content = initial;
  let modified = 1_000;
  const writes: string[] = [];
  return {
    name,
    writes,
    get content() {
      return content;
    },
    /** Another program or tab writes the file. */
    changeOutside(text: string) {
      content = text;
      modified += 1_000;
    },
    getFile: async () => new File([content], name, { lastModified: modified }),
    createWritable: async () => {
      let pending = '';
      return {
        write: async (data: Blob | string) => {
          pending += typeof data === 'string' ? data : await data.text();
        },
        close: async () => {
          content = pending;
          modified += 1_000;
          writes.push(pending);
        },
      };
    },
    queryPermission: async () => 'granted' as PermissionState,
  };
}

function fakeWindow(extra: Record<string, unknown>) {
  return Object.assign(Object.create(window), { addEventListener: vi.fn(), localStorage: window.localStorage, document: window.document }, extra) as Window;
}

describe('saving in the browser: faults and changes on disk', () => {
  /** A handle whose writable fails at `step`; the file keeps its content until close() succeeds. */
  function failing(step: 'create' | 'write' | 'close', name: string) {
    const file = handle('kdg.werkzaam', '{"old":1}');
    const abort = vi.fn(async () => undefined);
    const createWritable = file.createWritable;
    return {
      file: Object.assign(file, {
        createWritable: async () => {
          if (step === 'create') throw new DOMException('denied', name);
          const writable = await createWritable();
          return {
            write: async (data: Blob | string) => (step === 'write' ? Promise.reject(new DOMException('failed', name)) : writable.write(data)),
            close: async () => (step === 'close' ? Promise.reject(new DOMException('failed', name)) : writable.close()),
            abort,
          };
        },
      }),
      abort,
    };
  }

  it.each([
    ['create', 'NotAllowedError', 'permission'],
    ['write', 'QuotaExceededError', 'disk-full'],
    ['close', 'NoModificationAllowedError', 'busy'],
    ['close', 'InvalidStateError', 'other'],
  ] as const)('%s failing with %s: the old content stays, the swap file is thrown away, the error says %s', async (step, name, code) => {
    const { file, abort } = failing(step, name);
    const platform = createWebPlatform(fakeWindow({ showOpenFilePicker: async () => [file] }) as never, memoryStore());
    const opened = (await platform.openFile())!;
    const error = await platform.saveFile('{"new":1}', opened.ref, 'kdg.werkzaam').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileAccessError);
    expect(error).toMatchObject({ code, fileName: 'kdg.werkzaam' });
    expect(file.content).toBe('{"old":1}');
    if (step !== 'create') expect(abort).toHaveBeenCalled();
  });

  it('a file changed by another tab or program since it was opened is not overwritten without the user’s word', async () => {
    const file = handle('kdg.werkzaam', '{"v":1}');
    const platform = createWebPlatform(fakeWindow({ showOpenFilePicker: async () => [file] }) as never, memoryStore());
    const opened = (await platform.openFile())!;
    const saved = (await platform.saveFile('{"v":2}', opened.ref, 'kdg.werkzaam'))!;
    // Our own save is no change on disk: the next save goes straight through.
    const again = (await platform.saveFile('{"v":3}', saved.ref, 'kdg.werkzaam'))!;
    file.changeOutside('{"theirs":true}');
    const conflict = await platform.saveFile('{"v":4}', again.ref, 'kdg.werkzaam').catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(SaveConflictError);
    expect(conflict).toMatchObject({ conflict: 'changed-on-disk', fileName: 'kdg.werkzaam' });
    expect(file.content).toBe('{"theirs":true}');
    await platform.saveFile('{"v":4}', (conflict as SaveConflictError).retry, 'kdg.werkzaam', { overwrite: ['changed-on-disk'] });
    expect(file.content).toBe('{"v":4}');
  });

  it('a picked file over the size limit is refused before it is read (D10)', async () => {
    const text = vi.fn(async () => '');
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const huge = { name: 'huge.werkzaam', getFile: async () => ({ size: 700 * 1024 * 1024, lastModified: 1, text, arrayBuffer }), createWritable: async () => Promise.reject(new Error('no')) };
    const platform = createWebPlatform(fakeWindow({ showOpenFilePicker: async () => [huge] }) as never, memoryStore());
    await expect(platform.openFile()).rejects.toBeInstanceOf(UnreadableFileError);
    expect(text).not.toHaveBeenCalled();
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});

describe('browser platform with the File System Access API', () => {
  it('opens through the picker, saves back to the same handle, and remembers it as recent', async () => {
    const file = handle('kdg.werkzaam', '{"a":1}');
    const platform = createWebPlatform(fakeWindow({ showOpenFilePicker: async () => [file] }) as never, memoryStore());
    const opened = (await platform.openFile())!;
    expect(opened).toMatchObject({ name: 'kdg.werkzaam', text: '{"a":1}' });
    const saved = await platform.saveFile('{"a":2}', opened.ref, 'ignored.werkzaam');
    expect(saved?.name).toBe('kdg.werkzaam');
    expect(file.content).toBe('{"a":2}');
    const recent = await platform.recentFiles();
    expect(recent.map((r) => r.name)).toEqual(['kdg.werkzaam']);
    expect((await platform.openRecent(recent[0]!)).text).toBe('{"a":2}');
  });

  it('Save As asks for a place; cancelling the picker is not an error', async () => {
    const target = handle('nieuw.werkzaam');
    let answer: unknown = target;
    const platform = createWebPlatform(
      fakeWindow({
        showSaveFilePicker: async () => {
          if (answer instanceof Error) throw answer;
          return answer;
        },
      }) as never,
      memoryStore(),
    );
    expect((await platform.saveFile('x', null, 'nieuw.werkzaam'))?.name).toBe('nieuw.werkzaam');
    expect(target.content).toBe('x');
    answer = new DOMException('The user aborted a request.', 'AbortError');
    expect(await platform.saveFile('y', null, 'nieuw.werkzaam')).toBeNull();
    expect(target.content).toBe('x');
  });

  it('remembers the UI language and keeps a recovery copy until cleared', async () => {
    const platform = createWebPlatform(fakeWindow({}) as never, memoryStore());
    await platform.setLanguage('en');
    expect(await platform.getLanguage()).toBe('en');
    await platform.writeRecovery('{"name":"x"}');
    expect(await platform.readRecovery()).toBe('{"name":"x"}');
    await platform.clearRecovery();
    expect(await platform.readRecovery()).toBeNull();
  });

  it('a recovery copy that cannot be loaded is set aside in IndexedDB, listed, and not offered again', async () => {
    const store = memoryStore();
    const platform = createWebPlatform(fakeWindow({}) as never, store);
    await platform.writeRecovery('{"cut');
    const where = await platform.keepRecovery();
    expect(where).toMatch(/^recovery-kept:/);
    expect(await store.get(where)).toBe('{"cut');
    expect(await platform.keptRecovery()).toEqual([where]);
    expect(await platform.readRecovery()).toBeNull();
    // Another tab of the same browser is not offered it either.
    const other = createWebPlatform(fakeWindow({}) as never, store);
    expect(await other.readRecovery()).toBeNull();
  });

  it('keeps the recent list newest first, one entry per file, ten at most', async () => {
    let list: { name: string; openedAt: string }[] = [];
    for (let i = 0; i < 12; i++) list = await mergeRecent(list, { name: `t${i}`, openedAt: `${i}` });
    list = await mergeRecent(list, { name: 't5', openedAt: 'now' });
    expect(list.map((e) => e.name)).toEqual(['t5', 't11', 't10', 't9', 't8', 't7', 't6', 't4', 't3', 't2']);
  });

  it('keeps two files of the same name from different folders apart in the recent list', async () => {
    const a = { ...handle('theorie.werkzaam', 'A'), isSameEntry: async (other: unknown) => other === a };
    const b = { ...handle('theorie.werkzaam', 'B'), isSameEntry: async (other: unknown) => other === b };
    let next: unknown = a;
    const platform = createWebPlatform(fakeWindow({ showOpenFilePicker: async () => [next] }) as never, memoryStore());
    await platform.openFile();
    next = b;
    await platform.openFile();
    next = a;
    await platform.openFile();
    const recent = await platform.recentFiles();
    expect(recent).toHaveLength(2);
    expect((await platform.openRecent(recent[0]!)).text).toBe('A');
    expect((await platform.openRecent(recent[1]!)).text).toBe('B');
  });

  it('a recent file whose permission is refused, or which is gone, says so (and a gone one leaves the list)', async () => {
    const refused = { ...handle('geheim.werkzaam', 'x'), queryPermission: async () => 'prompt' as PermissionState, requestPermission: async () => 'denied' as PermissionState };
    const gone = {
      ...handle('weg.werkzaam'),
      getFile: async (): Promise<File> => {
        throw new DOMException('A requested file or directory could not be found.', 'NotFoundError');
      },
    };
    let next: unknown = refused;
    const platform = createWebPlatform(fakeWindow({ showOpenFilePicker: async () => [next] }) as never, memoryStore());
    await platform.openFile();
    const [entry] = await platform.recentFiles();
    await expect(platform.openRecent(entry!)).rejects.toMatchObject({ name: 'FileAccessError', code: 'permission', fileName: 'geheim.werkzaam' });

    // Remember "weg" while it still exists, then let it disappear.
    const store = memoryStore();
    const good = handle('weg.werkzaam', 'y');
    next = good;
    const second = createWebPlatform(fakeWindow({ showOpenFilePicker: async () => [next] }) as never, store);
    await second.openFile();
    const [remembered] = await second.recentFiles();
    const missing = { ...remembered!, ref: { ...remembered!.ref, handle: gone } as RecentEntry['ref'] };
    await expect(second.openRecent(missing)).rejects.toBeInstanceOf(FileAccessError);
    expect(await second.recentFiles()).toEqual([]);
  });

  it('writes exports through the save picker with the type of the export', async () => {
    const target = handle('rapport.pdf');
    const asked: unknown[] = [];
    const platform = createWebPlatform(
      fakeWindow({
        showSaveFilePicker: async (options: unknown) => {
          asked.push(options);
          return target;
        },
      }) as never,
      memoryStore(),
    );
    expect(await platform.saveExport('pdf', new Uint8Array([37, 80, 68, 70]), 'rapport.pdf')).toBe(true);
    expect(target.content).toBe('%PDF');
    expect(asked[0]).toEqual({ suggestedName: 'rapport.pdf', types: [{ description: 'PDF', accept: { 'application/pdf': ['.pdf'] }, mime: 'application/pdf' }] });
  });
});

describe('browser platform without the File System Access API', () => {
  let clicked: HTMLElement[] = [];
  let blobs: Blob[] = [];
  beforeEach(() => {
    clicked = [];
    blobs = [];
    vi.spyOn(HTMLElement.prototype, 'click').mockImplementation(function (this: HTMLElement) {
      clicked.push(this);
    });
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:werkzaam/${blobs.length}`;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves a theory as a download with the suggested name', async () => {
    const platform = createWebPlatform(fakeWindow({}) as never, memoryStore());
    const result = await platform.saveFile('{"format":"werkzaam"}', null, 'Mijn theorie.werkzaam');
    expect(result).toEqual({ ref: null, name: 'Mijn theorie.werkzaam' });
    const link = clicked[0] as HTMLAnchorElement;
    expect(link.tagName).toBe('A');
    expect(link.download).toBe('Mijn theorie.werkzaam');
    expect(link.getAttribute('href')).toBe('blob:werkzaam/1');
    expect(await blobs[0]!.text()).toBe('{"format":"werkzaam"}');
    expect(blobs[0]!.type).toBe('application/json');
    // The temporary link does not stay in the page.
    expect(link.isConnected).toBe(false);
  });

  it('downloads an export with its MIME type', async () => {
    const platform = createWebPlatform(fakeWindow({}) as never, memoryStore());
    expect(await platform.saveExport('svg', '<svg/>', 'kaart.svg')).toBe(true);
    expect((clicked[0] as HTMLAnchorElement).download).toBe('kaart.svg');
    expect(blobs[0]!.type).toBe('image/svg+xml');
    expect(await blobs[0]!.text()).toBe('<svg/>');
  });

  it('opens through a file input: the chosen file, or nothing when the dialog is cancelled', async () => {
    const platform = createWebPlatform(fakeWindow({}) as never, memoryStore());
    const opening = platform.openFile();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    const input = clicked[0] as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.werkzaam');
    Object.defineProperty(input, 'files', { value: [new File(['{"t":1}'], 'upload.werkzaam')] });
    input.dispatchEvent(new Event('change'));
    // An uploaded file has no handle to save back to.
    expect(await opening).toEqual({ ref: null, name: 'upload.werkzaam', text: '{"t":1}' });
    expect(input.isConnected).toBe(false);

    const cancelled = platform.openFile();
    await vi.waitFor(() => expect(clicked).toHaveLength(2));
    clicked[1]!.dispatchEvent(new Event('cancel'));
    expect(await cancelled).toBeNull();
  });

  it('two tabs keep separate recovery copies; a new tab is offered only the copy of a tab that is gone', async () => {
    // Web Locks as a browser keeps them: held by a tab until released, or until the tab is gone.
    const holders = new Map<string, number>();
    let tabs = 0;
    const tab = () => {
      const id = ++tabs;
      const session = new Map<string, string>();
      const locks = {
        request: async (name: string, _o: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void) => {
          if (holders.has(name)) return callback(null);
          holders.set(name, id);
          await callback({ name });
          if (holders.get(name) === id) holders.delete(name);
        },
      };
      const win = fakeWindow({
        navigator: { platform: 'Linux', locks },
        sessionStorage: { getItem: (k: string) => session.get(k) ?? null, setItem: (k: string, v: string) => void session.set(k, v) },
      });
      const close = () => {
        for (const [name, holder] of holders) if (holder === id) holders.delete(name);
      };
      return { platform: createWebPlatform(win as never, store), close };
    };
    const store = memoryStore();
    const a = tab();
    const b = tab();
    await a.platform.writeRecovery('{"tab":"a"}');
    await b.platform.writeRecovery('{"tab":"b"}');
    expect((await store.keys()).filter((k) => k.startsWith('recovery:'))).toHaveLength(2);
    // A third tab while both live: nothing to offer.
    expect(await tab().platform.readRecovery()).toBeNull();
    // Tab a crashes: the next tab is offered a's copy, and a fourth tab is not offered it again.
    a.close();
    const d = tab();
    expect(await d.platform.readRecovery()).toBe('{"tab":"a"}');
    expect(await tab().platform.readRecovery()).toBeNull();
    // d discards it; b's copy is untouched.
    await d.platform.clearRecovery();
    const left = await Promise.all((await store.keys()).filter((k) => k.startsWith('recovery:')).map((k) => store.get(k)));
    expect(left).toEqual(['{"tab":"b"}']);
  });

  it('keeps the recovery copy in localStorage when IndexedDB fails', async () => {
    window.localStorage.clear();
    const broken = { get: async () => Promise.reject(new Error('no idb')), set: async () => Promise.reject(new Error('no idb')), delete: async () => Promise.reject(new Error('no idb')) };
    const platform = createWebPlatform(fakeWindow({}) as never, broken as never);
    await platform.writeRecovery('{"name":"n"}');
    expect(await platform.readRecovery()).toBe('{"name":"n"}');
    await platform.clearRecovery().catch(() => undefined);
    expect(await platform.readRecovery()).toBeNull();
  });

  it('keeps the personal instrument library in localStorage, names what it could not read, and says when it cannot keep it (#11)', async () => {
    window.localStorage.clear();
    const platform = createWebPlatform(fakeWindow({}) as never, memoryStore());
    expect(await platform.readPersonalLibrary()).toEqual({ instruments: [], problems: [] });
    const mpe = { name: 'Meetschaal voor Psychologisch Empowerment', abbreviation: 'MPE', measures: '', reference: 'KdG 2017', factors: ['intrapsychisch'], scale: '' };
    await platform.writePersonalLibrary([mpe]);
    // Another tab (another platform on the same storage) reads it.
    expect(await createWebPlatform(fakeWindow({}) as never, memoryStore()).readPersonalLibrary()).toEqual({ instruments: [mpe], problems: [] });
    window.localStorage.setItem('werkzaam.instruments', '[{"abbreviation": "MPE"');
    expect(await platform.readPersonalLibrary()).toEqual({ instruments: [], problems: [{ code: 'not-json' }] });
    window.localStorage.setItem('werkzaam.instruments', JSON.stringify([mpe, 'x']));
    expect(await platform.readPersonalLibrary()).toEqual({ instruments: [mpe], problems: [{ code: 'not-an-instrument', entry: 2 }] });
    const full = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    // Defined on the fake window itself: assigning would go through to the real window's storage.
    const fullWindow = Object.defineProperty(fakeWindow({}), 'localStorage', { value: full });
    await expect(createWebPlatform(fullWindow as never, memoryStore()).writePersonalLibrary([mpe])).rejects.toThrow(/quota/);
    window.localStorage.clear();
  });

  it('ignores a language preference it does not know', async () => {
    window.localStorage.setItem('werkzaam.language', 'fr');
    const platform = createWebPlatform(fakeWindow({}) as never, memoryStore());
    expect(await platform.getLanguage()).toBeNull();
  });

  it('asks before leaving the page only while there is unsaved work', () => {
    const win = fakeWindow({});
    const platform = createWebPlatform(win as never, memoryStore());
    const listener = (win.addEventListener as ReturnType<typeof vi.fn>).mock.calls.find((c) => c[0] === 'beforeunload')![1] as (e: Event) => void;
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      listener(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    platform.setDocumentState({ name: 'a.werkzaam', dirty: true });
    expect(leave()).toBe(true);
    expect(window.document.title).toBe('• a.werkzaam — Werkzaam');
    platform.setDocumentState({ name: 'a.werkzaam', dirty: false });
    expect(leave()).toBe(false);
  });

  it('writes the window title only when it changes (each edit reports the document state)', () => {
    const platform = createWebPlatform(fakeWindow({}) as never, memoryStore());
    platform.setDocumentState({ name: 'b.werkzaam', dirty: true });
    const written = vi.spyOn(window.document, 'title', 'set');
    platform.setDocumentState({ name: 'b.werkzaam', dirty: true });
    platform.setDocumentState({ name: 'b.werkzaam', dirty: true });
    expect(written).not.toHaveBeenCalled();
    platform.setDocumentState({ name: 'b.werkzaam', dirty: false });
    expect(written).toHaveBeenCalledTimes(1);
    expect(window.document.title).toBe('b.werkzaam — Werkzaam');
    written.mockRestore();
  });
});
