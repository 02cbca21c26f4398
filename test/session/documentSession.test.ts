import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import { DocumentSession, RECOVERY_DELAY_MS, type SessionUi, type UnsavedChoice } from '../../renderer/session/documentSession';
import { FakePlatform } from '../support/fakePlatform';

const seed = readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8');

function setup(answers: UnsavedChoice[] = []) {
  const platform = new FakePlatform();
  const editor = new Editor(emptyDocument('en'));
  const errors: { message: string; details?: string[] }[] = [];
  const ui: SessionUi = {
    confirmUnsaved: vi.fn(async () => answers.shift() ?? 'cancel'),
    showError: (message, details) => errors.push({ message, details }),
    confirmRecovery: vi.fn(async () => true),
  };
  const session = new DocumentSession(platform, editor, ui, () => 'en');
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
    expect(platform.state).toEqual({ name: 'kdg.werkzaam', dirty: true });
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

  it('a declined or unreadable recovery copy is cleared', async () => {
    const { platform, session, ui } = setup();
    platform.recovery = '{"name":"x","savedAt":"","text":"{broken"}';
    expect(await session.checkRecovery()).toBe(false);
    expect(platform.recovery).toBeNull();
    expect(ui.confirmRecovery).not.toHaveBeenCalled();
  });

  it('exports through the platform with a name from the file', async () => {
    const { platform, session } = setup();
    platform.files.set('kdg.werkzaam', seed);
    platform.nextOpen = 'kdg.werkzaam';
    await session.open();
    await session.exportFile('json', '{}', session.exportName('json'));
    expect(platform.exports[0]).toMatchObject({ kind: 'json', name: 'kdg.json' });
  });
});
