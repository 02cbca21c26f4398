import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
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
    for (const title of ['B', 'Be', 'Beg']) e.run('updateCard', { id: 'c1', changes: { title } }, { coalesceKey: 'card:c1:title' });
    expect(e.historySize.undo).toBe(2);
    e.breakCoalescing();
    e.run('updateCard', { id: 'c1', changes: { title: 'Begeleiders' } }, { coalesceKey: 'card:c1:title' });
    expect(e.historySize.undo).toBe(3);
    e.undo();
    expect(e.theory.cards.c1!.title).toBe('Beg');
    e.undo();
    expect(e.theory.cards.c1!.title).toBe('');
  });

  it('a different key starts a new step', () => {
    const e = editorWithCard();
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } }, { coalesceKey: 'card:c1:title' });
    e.run('updateCard', { id: 'c1', changes: { description: 'b' } }, { coalesceKey: 'card:c1:description' });
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
    e.run('updateCard', { id: 'c1', changes: { title: 'a' } }, { coalesceKey: 'k' });
    e.markSaved();
    e.run('updateCard', { id: 'c1', changes: { title: 'ab' } }, { coalesceKey: 'k' });
    expect(e.dirty).toBe(true);
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
    e.run('updateCard', { id: 'c1500', changes: { title: 'x' } });
    e.run('moveCards', { moves: [{ id: 'c10', position: { x: 30, y: 1 } }] });
    e.run('deleteCards', { ids: ['c1'] });
    const entries = (e as unknown as { undoStack: { patches: unknown[]; inverse: unknown[] }[] }).undoStack;
    expect(entries.map((x) => x.patches.length)).toEqual([1, 1, expect.any(Number)]);
    // Deleting a card with its links: one patch per removed object.
    const links = Object.values(generateTheory(2000).theory.links).filter((l) => l.from === 'c1' || l.to === 'c1').length;
    expect(entries[2]!.patches.length).toBe(1 + links);
    expect(entries[2]!.inverse.length).toBe(1 + links);
  });
});
