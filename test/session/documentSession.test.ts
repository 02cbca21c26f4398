import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import { DocumentSession, RECOVERY_DELAY_MS, type SessionUi, type UnsavedChoice } from '../../renderer/session/documentSession';
import { FakePlatform } from '../support/fakePlatform';
import { FileAccessError, type OpenedFile, type OpenRequest, type RecentEntry } from '../../renderer/platform/platform';
import type { Language } from '../../shared/model';

const seed = readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8');

/** The shared fake, plus what these flows need: a recent list, slow and failing calls, counts. */
class ScriptedPlatform extends FakePlatform {
  saveCalls = 0;
  openCalls = 0;
  recentFailure: Error | null = null;
  /** When set, saveFile waits for this before answering (a Save As dialog left open). */
  saveGate: Promise<void> | null = null;
  recoveryGate: Promise<void> | null = null;
  override async openFile() {
    this.openCalls++;
    return super.openFile();
  }
  override async openRecent(entry: RecentEntry): Promise<OpenedFile> {
    if (this.recentFailure) throw this.recentFailure;
    return super.openRecent(entry);
  }
  override async saveFile(text: string, ref: Parameters<FakePlatform['saveFile']>[1]) {
    this.saveCalls++;
    if (this.saveGate) await this.saveGate;
    return super.saveFile(text, ref);
  }
  override async writeRecovery(text: string) {
    if (this.recoveryGate) await this.recoveryGate;
    return super.writeRecovery(text);
  }
}

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

function setup(answers: UnsavedChoice[] = [], language: Language = 'en') {
  const platform = new ScriptedPlatform();
  const editor = new Editor(emptyDocument('en'));
  const errors: { message: string; details?: string[] }[] = [];
  const ui: SessionUi = {
    confirmUnsaved: vi.fn(async () => answers.shift() ?? 'cancel'),
    showError: (message, details) => errors.push({ message, details }),
    confirmRecovery: vi.fn(async () => true),
  };
  const session = new DocumentSession(platform, editor, ui, () => language);
  return { platform, editor, session, ui, errors };
}

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('document session', () => {
  it('opens a file, tracks its name, saves back to it and marks it clean', async () => {
    const { platform, editor, session } = setup();
    platform.files.set('kdg.werkzaam', seed);
    platform.nextOpen = 'kdg.werkzaam';
    expect(await session.open()).toBe(true);
    expect(session.state).toMatchObject({ name: 'kdg.werkzaam', dirty: false });
    editor.run('updateTheory', { changes: { title: 'Nieuwe titel' } });
    expect(platform.state).toMatchObject({ name: 'kdg.werkzaam', dirty: true });
    expect(await session.save()).toBe(true);
    expect(session.state.dirty).toBe(false);
    const saved = parseDocument(platform.files.get('kdg.werkzaam')!);
    expect(saved.ok && saved.document.theory.title).toBe('Nieuwe titel');
    expect(saved.ok && saved.document.theory.modified).not.toBe('');
  });

  it('a bad file shows every problem with its path and leaves the current theory alone', async () => {
    const { platform, editor, session, errors } = setup(['discard']);
    editor.run('addCard', { stage: 'input', title: 'keep me' });
    const before = editor.document;
    platform.files.set('bad.werkzaam', readFileSync(join(__dirname, '../fixtures/invalid/bad-stage.werkzaam'), 'utf8'));
    platform.nextOpen = 'bad.werkzaam';
    expect(await session.open()).toBe(false);
    expect(errors[0]!.message).toBe('"bad.werkzaam" cannot be opened.');
    expect(errors[0]!.details![0]).toMatch(/^theory\.cards\[3\]\.stage: "outcomes" is not a stage/);
    expect(editor.document).toBe(before);
  });

  it('names the problems of a bad file in the UI language', async () => {
    const { platform, session, errors } = setup([], 'nl');
    platform.files.set('bad.werkzaam', readFileSync(join(__dirname, '../fixtures/invalid/bad-stage.werkzaam'), 'utf8'));
    platform.nextOpen = 'bad.werkzaam';
    expect(await session.open()).toBe(false);
    expect(errors[0]!.details![0]).toMatch(/^theory\.cards\[3\]\.stage: "outcomes" is geen fase/);
  });

  it('asks before replacing unsaved work: cancel keeps it, save saves first, discard drops it', async () => {
    const { platform, editor, session } = setup(['cancel', 'save', 'discard']);
    platform.nextSaveAs = 'mine.werkzaam';
    editor.run('addCard', { stage: 'input', title: 'werk' });
    expect(await session.newDocument()).toBe(false);
    expect(Object.keys(editor.theory.cards)).toHaveLength(1);
    expect(await session.newDocument()).toBe(true);
    expect(platform.files.get('mine.werkzaam')).toContain('"werk"');
    expect(Object.keys(editor.theory.cards)).toHaveLength(0);
    editor.run('addCard', { stage: 'input', title: 'weg' });
    expect(await session.newDocument()).toBe(true);
    expect(platform.files.size).toBe(1);
  });

  it('a failed save reports it, keeps the document dirty and the data in memory', async () => {
    const { platform, editor, session, errors } = setup();
    platform.nextSaveAs = 'x.werkzaam';
    editor.run('addCard', { stage: 'input', title: 'kostbaar' });
    platform.failNextSave = new Error('disk full');
    expect(await session.save()).toBe(false);
    expect(errors[0]!.message).toMatch(/Could not save "Untitled": disk full/);
    expect(session.state.dirty).toBe(true);
    expect(editor.theory.cards.c1!.title).toBe('kostbaar');
    expect(await session.save()).toBe(true);
  });

  it('writes a recovery copy while dirty, clears it on save, and restores it after a crash', async () => {
    const { platform, editor, session } = setup();
    platform.nextSaveAs = 'r.werkzaam';
    editor.run('addCard', { stage: 'outcome', title: 'onbewaard' });
    expect(platform.recovery).toBeNull();
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS + 10);
    expect(JSON.parse(platform.recovery!)).toMatchObject({ name: 'Untitled' });
    const copy = platform.recovery;

    // A new session after a "crash" finds the copy and, when the user agrees, restores it as unsaved work.
    const next = setup();
    next.platform.recovery = copy;
    expect(await next.session.checkRecovery()).toBe(true);
    expect(next.editor.theory.cards.c1!.title).toBe('onbewaard');
    expect(next.session.state.dirty).toBe(true);

    await session.save();
    expect(platform.recovery).toBeNull();
  });

  it('a declined recovery copy is cleared', async () => {
    const { platform, session, ui } = setup();
    platform.recovery = JSON.stringify({ name: 'kdg.werkzaam', savedAt: '', text: seed });
    (ui.confirmRecovery as ReturnType<typeof vi.fn>).mockResolvedValueOnce(false);
    expect(await session.checkRecovery()).toBe(false);
    expect(platform.recovery).toBeNull();
    expect(platform.keptRecoveries).toEqual([]);
  });

  it.each([
    ['text that is not a theory', '{"name":"x","savedAt":"","text":"{broken"}'],
    ['a copy that is not JSON (cut off)', '{"name":"x","savedAt":"2026-03-01T10:00:00.000Z","te'],
    ['a theory this version refuses (a title over the limit)', JSON.stringify({ name: 'x', savedAt: '', text: seed.replace('"title": "', `"title": "${'x'.repeat(100_001)}`) })],
  ])('an unreadable recovery copy (%s) is kept aside and named, never deleted', async (_what, raw) => {
    const { platform, session, ui, errors } = setup([], 'nl');
    platform.recovery = raw;
    expect(await session.checkRecovery()).toBe(false);
    expect(ui.confirmRecovery).not.toHaveBeenCalled();
    // Not in the slot any more (it is not offered again), but kept, byte for byte.
    expect(platform.recovery).toBeNull();
    expect(platform.keptRecoveries).toEqual([raw]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('Niet-opgeslagen werk van een eerdere sessie kon niet hersteld worden. De kopie is niet weggegooid maar bewaard als kept-1.');
  });

  it('when setting the copy aside fails, the copy stays where it is (offered again) and the user is told', async () => {
    const { platform, session, errors } = setup();
    platform.recovery = '{"text":"{broken"}';
    platform.keepRecovery = async () => Promise.reject(new Error('disk full'));
    expect(await session.checkRecovery()).toBe(false);
    expect(platform.recovery).toBe('{"text":"{broken"}');
    expect(errors[0]!.message).toMatch(/the copy stays where it is and will be offered again/);
  });

  it('exports through the platform with a name from the file', async () => {
    const { platform, session } = setup();
    platform.files.set('kdg.werkzaam', seed);
    platform.nextOpen = 'kdg.werkzaam';
    await session.open();
    await session.exportFile('json', '{}', session.exportName('json'));
    expect(platform.exports[0]).toMatchObject({ kind: 'json', name: 'kdg.json' });
  });

  it('names an untitled theory in the UI language and tells the platform the file once there is one', async () => {
    const { platform, session } = setup([], 'nl');
    expect(session.state.name).toBe('Naamloos');
    expect(platform.state).toMatchObject({ name: 'Naamloos', dirty: false });
    platform.files.set('kdg.werkzaam', seed);
    platform.nextOpen = 'kdg.werkzaam';
    await session.open();
    expect(platform.state).toMatchObject({ name: 'kdg.werkzaam', dirty: false, ref: { name: 'kdg.werkzaam' } });
  });

  it('tells the platform about the document only when its name, file or saved state changes', async () => {
    const { platform, editor } = setup();
    const calls: unknown[] = [];
    platform.setDocumentState = (state) => void calls.push(state);
    editor.run('addCard', { stage: 'input', title: 'a' });
    editor.run('updateCard', { id: 'c1', changes: { title: 'ab' } });
    editor.run('updateCard', { id: 'c1', changes: { title: 'abc' } });
    expect(calls).toEqual([{ name: 'Untitled', dirty: true, ref: null }]);
  });

  it('cancelling the open dialog changes nothing; an unreadable file says why', async () => {
    const { platform, editor, session, errors } = setup();
    const before = editor.document;
    expect(await session.open()).toBe(false);
    platform.nextOpen = 'nergens.werkzaam';
    expect(await session.open()).toBe(false);
    expect(errors.map((e) => e.message)).toEqual(['The file could not be read: nergens.werkzaam does not exist']);
    expect(editor.document).toBe(before);
  });

  it('open and open recent ask about unsaved work first; cancel stops before any dialog', async () => {
    const { platform, editor, session } = setup(['cancel', 'cancel', 'discard']);
    platform.files.set('kdg.werkzaam', seed);
    editor.run('addCard', { stage: 'input', title: 'nog niet bewaard' });
    expect(await session.open()).toBe(false);
    expect(platform.openCalls).toBe(0);
    const entry: RecentEntry = { name: 'kdg.werkzaam', openedAt: '', ref: { platform: 'fake', name: 'kdg.werkzaam' } };
    expect(await session.openRecent(entry)).toBe(false);
    expect(editor.theory.cards.c1!.title).toBe('nog niet bewaard');
    expect(await session.openRecent(entry)).toBe(true);
    expect(session.state).toMatchObject({ name: 'kdg.werkzaam', dirty: false });
    expect(Object.keys(editor.theory.cards)).toHaveLength(17);
  });

  it('a recent file the platform cannot reach gets a message the user can act on, in the UI language', async () => {
    const { platform, session, errors } = setup([], 'nl');
    const entry: RecentEntry = { name: 'weg.werkzaam', openedAt: '', ref: { platform: 'fake', name: 'weg.werkzaam' } };
    platform.recentFailure = new FileAccessError('missing', 'weg.werkzaam');
    expect(await session.openRecent(entry)).toBe(false);
    platform.recentFailure = new FileAccessError('permission', 'weg.werkzaam');
    expect(await session.openRecent(entry)).toBe(false);
    platform.recentFailure = new Error('EIO');
    expect(await session.openRecent(entry)).toBe(false);
    expect(errors.map((e) => e.message)).toEqual([
      '"weg.werkzaam" is niet meer te vinden. Misschien is het verplaatst, hernoemd of verwijderd; open het via "Openen…".',
      'Werkzaam mag "weg.werkzaam" niet lezen. Geef toestemming wanneer erom gevraagd wordt, of open het bestand opnieuw via "Openen…".',
      '"weg.werkzaam" kon niet gelezen worden: EIO',
    ]);
  });

  it('a file the host hands over is read only after unsaved work is settled; a failed read names the file', async () => {
    const { editor, session, errors, ui } = setup(['cancel', 'discard', 'discard']);
    editor.run('addCard', { stage: 'input', title: 'eigen werk' });
    const read = vi.fn(async () => ({ ref: null, name: 'kdg.werkzaam', text: seed }));
    const request: OpenRequest = { name: 'kdg.werkzaam', read };
    expect(await session.openGiven(request)).toBe(false);
    expect(read).not.toHaveBeenCalled();
    expect(await session.openGiven({ name: 'weg.werkzaam', read: async () => Promise.reject(new Error('ENOENT')) })).toBe(false);
    expect(errors[0]!.message).toBe('Could not read "weg.werkzaam": ENOENT');
    expect(editor.theory.cards.c1!.title).toBe('eigen werk');
    expect(await session.openGiven(request)).toBe(true);
    expect(ui.confirmUnsaved).toHaveBeenCalledTimes(3);
    expect(session.state.name).toBe('kdg.werkzaam');
  });

  it('"save" in the unsaved-work question, then cancelling Save As, keeps the current theory', async () => {
    const { platform, editor, session } = setup(['save']);
    editor.run('addCard', { stage: 'input', title: 'blijft' });
    expect(await session.newDocument()).toBe(false);
    expect(platform.saveCalls).toBe(1);
    expect(editor.theory.cards.c1!.title).toBe('blijft');
    expect(session.state.dirty).toBe(true);
  });

  it('closing: clean closes, cancel keeps the work and its recovery copy, discard clears it, save saves', async () => {
    const { platform, editor, session } = setup(['cancel', 'discard', 'save']);
    expect(await session.requestClose()).toBe(true);
    editor.run('addCard', { stage: 'input', title: 'x' });
    await session.writeRecovery();
    expect(await session.requestClose()).toBe(false);
    expect(platform.recovery).not.toBeNull();
    expect(await session.requestClose()).toBe(true);
    await vi.waitFor(() => expect(platform.recovery).toBeNull());
    platform.nextSaveAs = 'dicht.werkzaam';
    expect(await session.requestClose()).toBe(true);
    expect(platform.files.get('dicht.werkzaam')).toContain('"x"');
  });

  it('save stamps `modified` on the file only: the theory in memory and the undo history stay as they were', async () => {
    const { platform, editor, session } = setup();
    platform.nextSaveAs = 'm.werkzaam';
    editor.run('addCard', { stage: 'input', title: 'een' });
    const theory = editor.theory;
    await session.save();
    expect(editor.theory).toBe(theory);
    expect(editor.theory.modified).toBe('');
    const saved = parseDocument(platform.files.get('m.werkzaam')!);
    expect(saved.ok && saved.document.theory.modified).toMatch(/^\d{4}-\d\d-\d\dT/);
    editor.undo();
    expect(Object.keys(editor.theory.cards)).toHaveLength(0);
  });

  it('a second save while Save As is still open joins the first instead of asking twice', async () => {
    const { platform, editor, session } = setup();
    platform.nextSaveAs = 'een.werkzaam';
    editor.run('addCard', { stage: 'input', title: 'a' });
    const g = gate();
    platform.saveGate = g.promise;
    const first = session.save();
    const second = session.save();
    g.open();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(platform.saveCalls).toBe(1);
  });

  it('an edit made while the file is being written stays unsaved', async () => {
    const { platform, editor, session } = setup();
    platform.nextSaveAs = 'b.werkzaam';
    editor.run('addCard', { stage: 'input', title: 'a' });
    const g = gate();
    platform.saveGate = g.promise;
    const saving = session.save();
    editor.run('addCard', { stage: 'input', title: 'tijdens' });
    g.open();
    expect(await saving).toBe(true);
    expect(session.state).toMatchObject({ name: 'b.werkzaam', dirty: true });
    expect(platform.files.get('b.werkzaam')).not.toContain('tijdens');
  });

  it('keeps writing the recovery copy during a long burst of edits (a throttle, not a debounce)', async () => {
    const { platform, editor } = setup();
    editor.run('addCard', { stage: 'input', title: 'start' });
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS / 4);
      editor.run('updateCard', { id: 'c1', changes: { title: `typing ${i}` } });
    }
    // Ten edits over 2.5 delays: a copy exists and it is no older than one delay.
    expect(platform.recovery).not.toBeNull();
    const recovered = parseDocument(JSON.parse(platform.recovery!).text as string);
    expect(recovered.ok && recovered.document.theory.cards.c1!.title).toMatch(/^typing [6-9]$/);
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS + 10);
    const latest = parseDocument(JSON.parse(platform.recovery!).text as string);
    expect(latest.ok && latest.document.theory.cards.c1!.title).toBe('typing 9');
  });

  it('a recovery write still in flight cannot bring the copy back after a save cleared it', async () => {
    const { platform, editor, session } = setup();
    platform.nextSaveAs = 'c.werkzaam';
    editor.run('addCard', { stage: 'input', title: 'a' });
    const g = gate();
    platform.recoveryGate = g.promise;
    const writing = session.writeRecovery();
    await session.save();
    g.open();
    await writing;
    await vi.waitFor(() => expect(platform.recovery).toBeNull());
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS * 2);
    expect(platform.recovery).toBeNull();
  });

  it('undoing back to the saved state, or discarding for a new theory, clears the recovery copy', async () => {
    const { platform, editor, session } = setup(['discard']);
    editor.run('addCard', { stage: 'input', title: 'a' });
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS + 10);
    expect(platform.recovery).not.toBeNull();
    editor.undo();
    await vi.waitFor(() => expect(platform.recovery).toBeNull());
    editor.run('addCard', { stage: 'input', title: 'b' });
    await session.writeRecovery();
    expect(platform.recovery).not.toBeNull();
    expect(await session.newDocument()).toBe(true);
    await vi.waitFor(() => expect(platform.recovery).toBeNull());
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS * 2);
    expect(platform.recovery).toBeNull();
  });

  it('restores a copy under its file name; an untitled copy from either language is untitled in this one', async () => {
    const named = setup([], 'nl');
    named.platform.recovery = JSON.stringify({ name: 'kdg.werkzaam', savedAt: '2026-03-01T10:00:00.000Z', text: seed });
    expect(await named.session.checkRecovery()).toBe(true);
    expect(named.ui.confirmRecovery).toHaveBeenCalledWith('kdg.werkzaam', '2026-03-01T10:00:00.000Z');
    // Restored, it has no file yet: saving asks where.
    expect(named.session.state).toMatchObject({ name: 'kdg.werkzaam', ref: null, dirty: true });

    const untitled = setup([], 'nl');
    untitled.platform.recovery = JSON.stringify({ name: 'Untitled', savedAt: '', text: seed });
    expect(await untitled.session.checkRecovery()).toBe(true);
    expect(untitled.session.state.name).toBe('Naamloos');
  });

  it('declining the restore clears the copy; a UI that cannot ask leaves it alone', async () => {
    const declined = setup();
    (declined.ui.confirmRecovery as ReturnType<typeof vi.fn>).mockResolvedValueOnce(false);
    declined.platform.recovery = JSON.stringify({ name: 'a.werkzaam', savedAt: '', text: seed });
    expect(await declined.session.checkRecovery()).toBe(false);
    await vi.waitFor(() => expect(declined.platform.recovery).toBeNull());
    expect(Object.keys(declined.editor.theory.cards)).toHaveLength(0);

    const mute = setup();
    delete mute.ui.confirmRecovery;
    const copy = JSON.stringify({ name: 'a.werkzaam', savedAt: '', text: seed });
    mute.platform.recovery = copy;
    expect(await mute.session.checkRecovery()).toBe(false);
    expect(mute.platform.recovery).toBe(copy);
  });

  it('a new theory starts from the named template in the UI language', async () => {
    const { editor, session } = setup([], 'nl');
    expect(await session.newDocument('empty')).toBe(true);
    expect(editor.document.theory.language).toBe('nl');
    expect(editor.theory.created).toMatch(/^\d{4}-/);
    expect(await session.newDocument('no-such-template')).toBe(true);
    expect(Object.keys(editor.theory.cards)).toHaveLength(0);
  });
});
