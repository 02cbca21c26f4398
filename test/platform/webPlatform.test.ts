// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createWebPlatform, mergeRecent } from '../../renderer/platform/webPlatform';
import { memoryStore } from '../../renderer/platform/idb';

/** A File System Access handle kept in memory. */
function handle(name: string, initial = '') {
  let content = initial;
  const writes: string[] = [];
  return {
    name,
    writes,
    get content() {
      return content;
    },
    getFile: async () => new File([content], name),
    createWritable: async () => {
      let pending = '';
      return {
        write: async (data: Blob | string) => {
          pending += typeof data === 'string' ? data : await data.text();
        },
        close: async () => {
          content = pending;
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

  it('keeps the recent list newest first, one entry per name, ten at most', () => {
    let list: { name: string; openedAt: string }[] = [];
    for (let i = 0; i < 12; i++) list = mergeRecent(list, { name: `t${i}`, openedAt: `${i}` });
    list = mergeRecent(list, { name: 't5', openedAt: 'now' });
    expect(list.map((e) => e.name)).toEqual(['t5', 't11', 't10', 't9', 't8', 't7', 't6', 't4', 't3', 't2']);
  });
});
