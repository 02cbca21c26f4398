import type { Page } from 'playwright-core';

/** What the page-side pickers were asked, and what they answer next. */
export interface PickerScript {
  /** File name the next showOpenFilePicker returns. */
  nextOpen?: string;
  /** File name the next showSaveFilePicker returns (default: the suggested name); null = the user cancels. */
  nextSave?: string | null;
  calls: { picker: 'open' | 'save'; suggestedName?: string; accept?: string[] }[];
}

/**
 * Runs in the page (an init script): replace the native pickers, which a headless browser
 * cannot answer, with ones that hand out real FileSystemFileHandles from the
 * origin-private file system. Everything after the picker (createWritable, the IndexedDB
 * recent list, permissions) is the browser's own.
 */
export function installOpfsPickers(): void {
  type Script = PickerScript & { calls: PickerScript['calls'] };
  const w = window as unknown as { __pickers: Script; showOpenFilePicker: unknown; showSaveFilePicker: unknown };
  w.__pickers = { calls: [] };
  const root = () => navigator.storage.getDirectory();
  const acceptOf = (options: { types?: { accept: Record<string, string[]> }[] }) => (options.types ?? []).flatMap((t) => Object.values(t.accept).flat());
  w.showOpenFilePicker = async (options: { types?: { accept: Record<string, string[]> }[] } = {}) => {
    w.__pickers.calls.push({ picker: 'open', accept: acceptOf(options) });
    const name = w.__pickers.nextOpen;
    if (!name) throw new DOMException('The user aborted a request.', 'AbortError');
    return [await (await root()).getFileHandle(name)];
  };
  w.showSaveFilePicker = async (options: { suggestedName?: string; types?: { accept: Record<string, string[]> }[] } = {}) => {
    w.__pickers.calls.push({ picker: 'save', suggestedName: options.suggestedName, accept: acceptOf(options) });
    const name = w.__pickers.nextSave === undefined ? options.suggestedName : w.__pickers.nextSave;
    if (!name) throw new DOMException('The user aborted a request.', 'AbortError');
    return (await root()).getFileHandle(name, { create: true });
  };
}

export async function scriptPickers(page: Page, script: Omit<PickerScript, 'calls'>): Promise<void> {
  await page.evaluate((s) => Object.assign((window as unknown as { __pickers: PickerScript }).__pickers, s), script);
}

export async function pickerCalls(page: Page): Promise<PickerScript['calls']> {
  return page.evaluate(() => (window as unknown as { __pickers: PickerScript }).__pickers.calls);
}

export async function writeOpfs(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    async ([n, t]) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(n!, { create: true });
      const writable = await handle.createWritable();
      await writable.write(t!);
      await writable.close();
    },
    [name, text],
  );
}

export async function readOpfs(page: Page, name: string): Promise<string | null> {
  return page.evaluate(async (n) => {
    try {
      return await (await (await navigator.storage.getDirectory()).getFileHandle(n)).getFile().then((f) => f.text());
    } catch {
      return null;
    }
  }, name);
}
