import { chmodSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openTheoryFile, saveTheoryFile } from '../../electron/main/files';
import type { AtomicFs } from '../../electron/node/atomicWrite';
import { createElectronPlatform } from '../../renderer/platform/electronPlatform';
import { DocumentSession, type OverwriteChoice, type SessionUi } from '../../renderer/session/documentSession';
import type { SaveConflict, WerkzaamBridge } from '../../shared/bridge';
import { Editor } from '../../shared/editor';
import { emptyDocument, type Language } from '../../shared/model';
import { faultyFs, type FaultStep } from '../node/faultyFs';

/**
 * The whole save path of the desktop app, from the session down to the disk: the real
 * main-process save (electron/main/files.ts) under a bridge that calls it directly, the
 * real Electron platform, the real session. The file system fails at the step under test.
 */
const seed = readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8');

function desktop(options: { fs?: () => AtomicFs; saveAs?: () => string | null; language?: Language; answers?: OverwriteChoice[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'werkzaam-session-save-'));
  const file = join(dir, 'kdg.werkzaam');
  writeFileSync(file, seed);
  const bridge = {
    openFile: () => openTheoryFile(file),
    readFile: (path: string) => openTheoryFile(path),
    async saveFile(text: string, path: string | null, _name: string, saveOptions: Parameters<WerkzaamBridge['saveFile']>[3]) {
      let target = path;
      if (target === null) {
        target = options.saveAs?.() ?? null;
        if (!target) return null;
        saveOptions = { expected: null, overwrite: saveOptions.overwrite };
      }
      return saveTheoryFile(target, text, saveOptions, options.fs?.());
    },
    setDocumentState: () => undefined,
    onAction: () => () => undefined,
    onCloseRequest: () => () => undefined,
  } as unknown as WerkzaamBridge;
  const platform = createElectronPlatform(bridge, 'test');
  const editor = new Editor(emptyDocument('en'));
  const errors: string[] = [];
  const asked: { conflict: SaveConflict; name: string }[] = [];
  const answers = [...(options.answers ?? [])];
  const ui: SessionUi = {
    confirmUnsaved: async () => 'discard',
    showError: (message) => errors.push(message),
    confirmOverwrite: vi.fn(async (conflict: SaveConflict, name: string) => {
      asked.push({ conflict, name });
      return answers.shift() ?? 'cancel';
    }),
  };
  const session = new DocumentSession(platform, editor, ui, () => options.language ?? 'en');
  return { dir, file, editor, session, errors, asked };
}

async function openAndEdit(d: ReturnType<typeof desktop>) {
  expect(await d.session.open()).toBe(true);
  d.editor.run('updateTheory', { changes: { title: 'Edited after opening' } });
  expect(d.session.state.dirty).toBe(true);
}

describe('a failed save keeps the document open and dirty, the old file intact, and tells the user (fault injection)', () => {
  const STEPS: [FaultStep, string, RegExp, RegExp][] = [
    ['open', 'EACCES', /Could not save "kdg\.werkzaam": Werkzaam has no permission to write in the folder .+\. Your work is not lost/, /"kdg\.werkzaam" kon niet opgeslagen worden: Werkzaam heeft geen toestemming om in de map .+ te schrijven\. Je werk is niet verloren/],
    ['open', 'EROFS', /Could not save "kdg\.werkzaam": the disk or folder is read-only\./, /: de schijf of map is alleen-lezen\./],
    ['write', 'ENOSPC', /Could not save "kdg\.werkzaam": the disk is full\./, /: de schijf is vol\./],
    ['sync', 'EIO', /Could not save "kdg\.werkzaam": unexpected system error \(EIO\)\./, /: onverwachte fout van het systeem \(EIO\)\./],
    ['close', 'EIO', /Could not save "kdg\.werkzaam": unexpected system error \(EIO\)\./, /: onverwachte fout van het systeem \(EIO\)\./],
    ['rename', 'EBUSY', /Could not save "kdg\.werkzaam": the file is in use by another program\./, /: het bestand is in gebruik door een ander programma\./],
  ];

  it.each(STEPS)('%s fails (%s)', async (step, code, english, dutch) => {
    for (const [language, message] of [['en', english], ['nl', dutch]] as const) {
      const d = desktop({ fs: () => faultyFs({ step, code, partial: true }), language });
      await openAndEdit(d);
      expect(await d.session.save()).toBe(false);
      expect(d.errors).toHaveLength(1);
      expect(d.errors[0]).toMatch(message);
      // The user's file is named; the temporary file the system error was about is not.
      expect(d.errors[0]).not.toMatch(/\.tmp|ENOENT|EACCES|EROFS|ENOSPC|EBUSY|'\//);
      expect(d.session.state).toMatchObject({ name: 'kdg.werkzaam', dirty: true });
      expect(d.editor.theory.title).toBe('Edited after opening');
      expect(readFileSync(d.file, 'utf8')).toBe(seed);
      expect(readdirSync(d.dir)).toEqual(['kdg.werkzaam']);
    }
  });

  it('a folder that disappeared is named as a missing folder (D15)', async () => {
    const d = desktop({ saveAs: () => join(d.dir, 'weg', 'nieuw.werkzaam') });
    d.editor.run('updateTheory', { changes: { title: 'Nieuw' } });
    expect(await d.session.saveAs()).toBe(false);
    expect(d.errors).toEqual([`Could not save "nieuw.werkzaam": the folder ${join(d.dir, 'weg')} does not exist (any more). Your work is not lost; try again or use "Save As…".`]);
    expect(d.session.state.dirty).toBe(true);
  });

  it('after the fault clears, the same save goes through', async () => {
    let fault: FaultStep | null = 'rename';
    const d = desktop({ fs: () => faultyFs(fault ? { step: fault, code: 'EIO' } : null) });
    await openAndEdit(d);
    expect(await d.session.save()).toBe(false);
    fault = null;
    expect(await d.session.save()).toBe(true);
    expect(d.session.state.dirty).toBe(false);
    expect(readFileSync(d.file, 'utf8')).toContain('Edited after opening');
  });
});

describe('a save over a file that changed on disk or is read-only asks first', () => {
  it('changed by another program: Cancel keeps both (theirs on disk, mine open and dirty); Overwrite writes mine', async () => {
    const d = desktop({ answers: ['cancel', 'overwrite'] });
    await openAndEdit(d);
    writeFileSync(d.file, '{"theirs":true}');
    utimesSync(d.file, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    expect(await d.session.save()).toBe(false);
    expect(d.asked).toEqual([{ conflict: 'changed-on-disk', name: 'kdg.werkzaam' }]);
    expect(d.errors).toEqual([]);
    expect(readFileSync(d.file, 'utf8')).toBe('{"theirs":true}');
    expect(d.session.state.dirty).toBe(true);
    expect(await d.session.save()).toBe(true);
    expect(readFileSync(d.file, 'utf8')).toContain('Edited after opening');
    expect(d.session.state.dirty).toBe(false);
  });

  it('changed in the middle of the save: the same question, and their version survives a Cancel', async () => {
    let other = false;
    const d = desktop({ answers: ['cancel'], fs: () => faultyFs(null, (step) => {
      if (step === 'sync' && other) {
        writeFileSync(d.file, '{"theirs":"mid-save"}');
        utimesSync(d.file, new Date(Date.now() + 9000), new Date(Date.now() + 9000));
      }
    }) });
    await openAndEdit(d);
    other = true;
    expect(await d.session.save()).toBe(false);
    expect(d.asked.map((a) => a.conflict)).toEqual(['changed-on-disk']);
    expect(readFileSync(d.file, 'utf8')).toBe('{"theirs":"mid-save"}');
    expect(readdirSync(d.dir)).toEqual(['kdg.werkzaam']);
  });

  it('read-only: "Save As…" goes to a new file and leaves the read-only one alone', async () => {
    const d = desktop({ answers: ['saveAs'], saveAs: () => join(d.dir, 'kopie.werkzaam') });
    await openAndEdit(d);
    chmodSync(d.file, 0o444);
    expect(await d.session.save()).toBe(true);
    expect(d.asked).toEqual([{ conflict: 'read-only', name: 'kdg.werkzaam' }]);
    expect(readFileSync(d.file, 'utf8')).toBe(seed);
    expect(readFileSync(join(d.dir, 'kopie.werkzaam'), 'utf8')).toContain('Edited after opening');
    expect(d.session.state).toMatchObject({ name: 'kopie.werkzaam', dirty: false });
  });

  it('read-only chosen in the Save As dialog: asked once, then written where the dialog said (no second dialog)', async () => {
    const saveAs = vi.fn(() => join(d.dir, 'locked.werkzaam'));
    const d = desktop({ answers: ['overwrite'], saveAs });
    writeFileSync(join(d.dir, 'locked.werkzaam'), '{}');
    chmodSync(join(d.dir, 'locked.werkzaam'), 0o444);
    d.editor.run('updateTheory', { changes: { title: 'Into the locked file' } });
    expect(await d.session.saveAs()).toBe(true);
    expect(saveAs).toHaveBeenCalledTimes(1);
    expect(d.asked).toEqual([{ conflict: 'read-only', name: 'locked.werkzaam' }]);
    expect(readFileSync(join(d.dir, 'locked.werkzaam'), 'utf8')).toContain('Into the locked file');
  });
});
