import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { CommandError } from '../../shared/commands';
import { invertDiff, type RecordDiff } from '../../shared/diff';

/** Records a diff holds: what one undo step keeps in memory. */
function recordCount(diff: RecordDiff): number {
  return [diff.added, diff.updated, diff.removed].reduce((n, part) => n + Object.values(part).reduce((m, records) => m + Object.keys(records ?? {}).length, 0), 0);
}
import { generateTheory } from '../bench/generate';

function editorWithCard(): Editor {
  const e = new Editor(emptyDocument('nl'));
  e.run('addCard', { stage: 'input', title: '' });
  e.markSaved();
  return e;
}

describe('history', () => {
  it('typing in one field is one undo step; blur ends it', () => {
    const e = editorWithCard();
    const typing = e.mark();
    for (const title of ['B', 'Be', 'Beg']) e.run('updateCard', { id: 'c1', changes: { title } });
    expect(e.squashToMark(typing)).toBe(true);
    expect(e.historySize.undo).toBe(2);
    const next = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'Begeleiders' } });
    e.squashToMark(next);
    expect(e.historySize.undo).toBe(3);
    e.undo();
    expect(e.theory.cards.c1!.title).toBe('Beg');
    e.undo();
    expect(e.theory.cards.c1!.title).toBe('');
  });

  it('another field is a run of its own, so a step of its own', () => {
    const e = editorWithCard();
    const title = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.squashToMark(title);
    const description = e.mark();
    e.run('updateCard', { id: 'c1', changes: { description: 'b' } });
    e.squashToMark(description);
    e.undo();
    expect(e.theory.cards.c1).toMatchObject({ title: 'a', description: '' });
  });

  it('a drag committed as one moveCards is one step, even for many cards', () => {
    const e = editorWithCard();
    e.run('addCard', { stage: 'input', title: 'b' });
    e.run('moveCards', { moves: [{ id: 'c1', position: { x: 30, y: 500 } }, { id: 'c2', position: { x: 30, y: 700 } }] });
    e.undo();
    expect(e.theory.cards.c1!.position.y).not.toBe(500);
    expect(e.theory.cards.c2!.position.y).not.toBe(700);
  });

  it('keeps at most the limit; the oldest steps fall off', () => {
    const e = new Editor(emptyDocument('nl'), { historyLimit: 3 });
    for (let i = 0; i < 5; i++) e.run('addCard', { stage: 'input', title: `${i}` });
    expect(e.historySize.undo).toBe(3);
    while (e.undo());
    expect(Object.keys(e.theory.cards)).toEqual(['c1', 'c2']);
  });

  it('tracks dirty against the saved point, through undo and redo', () => {
    const e = editorWithCard();
    expect(e.dirty).toBe(false);
    e.run('updateCard', { id: 'c1', changes: { title: 'x' } });
    expect(e.dirty).toBe(true);
    e.undo();
    expect(e.dirty).toBe(false);
    e.redo();
    e.markSaved();
    expect(e.dirty).toBe(false);
    e.undo();
    expect(e.dirty).toBe(true);
  });

  it('saving ends a typing run so the saved state stays reachable', () => {
    const e = editorWithCard();
    const typing = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.markSaved();
    e.run('updateCard', { id: 'c1', changes: { title: 'ab' } });
    expect(e.dirty).toBe(true);
    e.squashToMark(typing);
    e.undo();
    expect(e.dirty).toBe(false);
    expect(e.theory.cards.c1!.title).toBe('a');
  });

  it('a command that changes nothing adds no step; a new command clears redo', () => {
    const e = editorWithCard();
    e.run('updateCard', { id: 'c1', changes: { title: '' } });
    expect(e.historySize.undo).toBe(1);
    e.undo();
    e.run('addCard', { stage: 'impact' });
    expect(e.canRedo()).toBe(false);
  });

  it('load replaces the document, clears history and counts as saved', () => {
    const e = editorWithCard();
    e.run('addCard', { stage: 'impact' });
    e.load(emptyDocument('en'));
    expect(e).toMatchObject({ dirty: false });
    expect(e.canUndo() || e.canRedo()).toBe(false);
  });

  it('notifies subscribers on every change', () => {
    const e = editorWithCard();
    let calls = 0;
    const stop = e.subscribe(() => calls++);
    e.run('addCard', { stage: 'impact' });
    e.undo();
    e.redo();
    stop();
    e.undo();
    expect(calls).toBe(3);
  });

  it('undo cost follows the change, not the document: one edit on 2,000 cards is a handful of patches', () => {
    const e = new Editor(generateTheory(2000));
    const steps: [string, () => void][] = [
      ['updateCard', () => e.run('updateCard', { id: 'c1500', changes: { title: 'x' } })],
      ['moveCards', () => e.run('moveCards', { moves: [{ id: 'c10', position: { x: 30, y: 1 } }] })],
      ['setCardAio', () => e.run('setCardAio', { id: 'c700', aio: ['netwerk', 'integraal', 'arbeidsmatig'] })],
      ['addCard', () => e.run('addCard', { stage: 'impact', title: 'nieuw' })],
      ['connect', () => e.run('connect', { from: 'c1', to: 'c2000', rationale: 'r' })],
      ['addAssumption', () => e.run('addAssumption', { text: 'a', linkId: 'l1' })],
      ['updateIndicator', () => e.run('updateIndicator', { cardId: 'c1300', indicatorId: 'c1300-i1', changes: { target: '5' } })],
      ['updateTheory', () => e.run('updateTheory', { changes: { title: 'T' } })],
      ['addLinkedCard', () => e.run('addLinkedCard', { from: 'c5' })],
    ];
    for (const [name, step] of steps) {
      step();
      expect(e.lastStep?.name).toBe(name);
      expect(recordCount(e.lastStep!.diff), name).toBeLessThanOrEqual(2);
      expect(recordCount(invertDiff(e.lastStep!.diff)), name).toBeLessThanOrEqual(2);
    }
    // Deleting a card with its links: one record per removed object, however big the theory.
    const links = Object.values(e.theory.links).filter((l) => l.from === 'c1' || l.to === 'c1').length;
    e.run('deleteCards', { ids: ['c1'] });
    expect(recordCount(e.lastStep!.diff)).toBe(1 + links);
    expect(recordCount(invertDiff(e.lastStep!.diff))).toBe(1 + links);
  });

  it('a run of 50 keystrokes on 2,000 cards squashes to one step of one record, and undoes in one step', () => {
    const e = new Editor(generateTheory(2000));
    const before = e.document;
    let title = '';
    const typing = e.mark();
    for (let i = 0; i < 50; i++) e.run('updateCard', { id: 'c42', changes: { title: (title += 'x') } });
    e.squashToMark(typing);
    expect(e.historySize.undo).toBe(1);
    expect(recordCount(e.lastStep!.diff)).toBe(1);
    expect(e.lastStep!.diff.updated.card!.c42![1].title).toBe('x'.repeat(50));
    e.undo();
    expect(e.document).toEqual(before);
    e.redo();
    expect(e.theory.cards.c42!.title).toBe('x'.repeat(50));
  });
});

describe('history edge cases', () => {
  it('an undo inside a run undoes the run so far; typing on is a new step (the undone typing is not resumed)', () => {
    const e = editorWithCard();
    const typing = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.run('updateCard', { id: 'c1', changes: { title: 'ab' } });
    e.undo();
    expect(e.theory.cards.c1!.title).toBe('');
    e.run('updateCard', { id: 'c1', changes: { title: 'z' } });
    e.run('updateCard', { id: 'c1', changes: { title: 'zz' } });
    e.squashToMark(typing);
    expect(e.historySize.undo).toBe(2);
    e.undo();
    expect(e.theory.cards.c1!.title).toBe('');
  });

  it('a command outside a run is a step of its own: the runs before and after it stay apart', () => {
    const e = editorWithCard();
    const first = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.squashToMark(first);
    e.run('addCard', { stage: 'impact' });
    const second = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'ab' } });
    e.squashToMark(second);
    expect(e.historySize.undo).toBe(4);
  });

  it('a no-op command inside a run neither adds a step nor ends the run', () => {
    const e = editorWithCard();
    const typing = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.run('updateCard', { id: 'c1', changes: { title: 'ab' } });
    e.squashToMark(typing);
    expect(e.historySize.undo).toBe(2);
  });

  it('a failed command leaves history, redo and the run alone', () => {
    const e = editorWithCard();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.undo();
    expect(() => e.run('updateCard', { id: 'c9', changes: { title: 'x' } })).toThrow(CommandError);
    expect(e.historySize).toEqual({ undo: 1, redo: 1 });
    expect(e.redoName).toBe('updateCard');
  });

  it('names the next undo and redo steps for the menu', () => {
    const e = editorWithCard();
    expect(e.undoName).toBe('addCard');
    e.run('connect', { from: 'c1', to: (e.run('addCard', { stage: 'action' }).created[0])! });
    expect(e.undoName).toBe('connect');
    e.undo();
    expect([e.undoName, e.redoName]).toEqual(['addCard', 'connect']);
  });

  it('when the saved state has fallen off the history, undoing everything is still dirty', () => {
    const e = new Editor(emptyDocument('nl'), { historyLimit: 2 });
    for (let i = 0; i < 4; i++) e.run('addCard', { stage: 'input' });
    while (e.undo());
    expect(Object.keys(e.theory.cards)).toEqual(['c1', 'c2']);
    expect(e.dirty).toBe(true);
    e.markSaved();
    e.redo();
    e.undo();
    expect(e.dirty).toBe(false);
  });

  it('markUnsaved: restored work counts as unsaved until saved, even with no history', () => {
    const e = new Editor(emptyDocument('nl'));
    e.markUnsaved();
    expect(e.dirty).toBe(true);
    e.markSaved();
    expect(e.dirty).toBe(false);
  });

  it('after load, a change is dirty and undoing it is clean again; the old history cannot reach the new document', () => {
    const e = editorWithCard();
    e.run('updateCard', { id: 'c1', changes: { title: 'vorig document' } });
    const next = emptyDocument('en');
    e.load(next);
    expect(e.document).toBe(next);
    expect(e.undo()).toBe(false);
    e.run('addCard', { stage: 'input' });
    expect(e.dirty).toBe(true);
    e.undo();
    expect(e.dirty).toBe(false);
    expect(e.document).toEqual(next);
  });
});

describe('history marks', () => {
  it('bailToMark takes a new card back as if it was never made: no undo step, no redo step, still clean', () => {
    const e = editorWithCard();
    const before = e.document;
    const mark = e.mark('addCard');
    const [id] = e.run('addCard', { stage: 'action' }).created;
    e.run('updateCard', { id: id!, changes: { title: 'x' } });
    e.run('updateCard', { id: id!, changes: { title: '' } });
    expect(e.bailToMark(mark)).toBe(true);
    expect(e.document).toEqual(before);
    expect(e.historySize).toEqual({ undo: 1, redo: 0 });
    expect(e.dirty).toBe(false);
    expect(e.bailToMark(mark)).toBe(false);
  });

  it('bailing drops redo steps made after the mark, and keeps the ones from before it', () => {
    const e = editorWithCard();
    const mark = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'made after the mark' } });
    e.undo();
    expect(e.bailToMark(mark)).toBe(true);
    expect(e.theory.cards.c1!.title).toBe('');
    expect(e.canRedo()).toBe(false);
    const e2 = editorWithCard();
    e2.run('updateCard', { id: 'c1', changes: { title: 'kept' } });
    e2.undo();
    const m2 = e2.mark();
    e2.bailToMark(m2);
    expect(e2.redoName).toBe('updateCard');
  });

  it('a run that ends where it began leaves no step, and dirty follows the content', () => {
    const e = editorWithCard();
    const typing = e.mark();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } });
    e.run('updateCard', { id: 'c1', changes: { title: '' } });
    e.squashToMark(typing);
    expect(e.historySize.undo).toBe(1);
    expect(e.dirty).toBe(false);
  });

  it('the history limit never drops a step an open run still needs', () => {
    const e = new Editor(emptyDocument('nl'), { historyLimit: 2 });
    const before = e.document;
    const drag = e.mark();
    for (let i = 0; i < 5; i++) e.run('addCard', { stage: 'input' });
    e.bailToMark(drag);
    expect(e.document).toEqual(before);
  });

  it('a squashed run is one step named after its mark', () => {
    const e = editorWithCard();
    const mark = e.mark('addCard');
    const [id] = e.run('addCard', { stage: 'action' }).created;
    e.run('updateCard', { id: id!, changes: { title: 'Training' } });
    e.squashToMark(mark);
    expect([e.undoName, e.historySize.undo]).toEqual(['addCard', 2]);
    e.undo();
    expect(e.theory.cards[id!]).toBeUndefined();
    e.redo();
    expect(e.theory.cards[id!]!.title).toBe('Training');
  });
});
