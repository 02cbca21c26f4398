import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '../../shared/editor';
import { CanvasModel } from '../../renderer/canvas/canvasModel';
import type { CardFlowNode } from '../../renderer/canvas/derive';
import { generateTheory } from '../bench/generate';

// How often the canvas model compares two cards' reading order: the real function, each call counted.
const calls = { compareCardsInOrder: 0 };
vi.mock('../../shared/model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/model')>();
  return {
    ...actual,
    compareCardsInOrder: (...args: Parameters<typeof actual.compareCardsInOrder>) => (calls.compareCardsInOrder++, actual.compareCardsInOrder(...args)),
  };
});
beforeEach(() => void (calls.compareCardsInOrder = 0));

/** A model that follows an editor the way the canvas does. */
function follow(e: Editor): CanvasModel {
  const model = new CanvasModel(e.theory);
  e.subscribe((change) => (change.kind === 'load' ? model.reset(change.editor.theory) : model.applyDiff(change.editor.theory, change.diff)));
  return model;
}
/** The cards in the order the canvas holds them, each with its reference number. */
const order = (model: CanvasModel) => model.nodes().filter((n): n is CardFlowNode => n.type === 'card').map((n) => `${n.id} ${n.data.ref}`);

describe('canvas reading order after an edit', () => {
  it('an add, a move, a deletion and their undo put only the changed cards in place, and the order and numbers are those of a fresh model', () => {
    const e = new Editor(generateTheory(1000));
    const model = follow(e);
    /** Runs one edit: how many comparisons it made; the order the same as a model made afresh. */
    const compared = (edit: () => unknown) => {
      calls.compareCardsInOrder = 0;
      edit();
      const count = calls.compareCardsInOrder;
      expect(order(model)).toEqual(order(new CanvasModel(e.theory)));
      return count;
    };
    const some = Object.values(e.theory.cards).find((c) => c.stage === 'outcome')!;
    // A binary search among 1,000 cards takes about ten comparisons; a sort takes thousands.
    expect(compared(() => e.run('addLinkedCard', { from: some.id, title: 'Nieuw' }))).toBeLessThan(40);
    expect(compared(() => e.run('moveCards', { moves: [{ id: some.id, position: { x: some.position.x, y: 0 } }] }))).toBeLessThan(40);
    expect(order(model).find((n) => n.startsWith(`${some.id} `))).toBe(`${some.id} 4.1`);
    expect(compared(() => e.undo())).toBeLessThan(40);
    expect(compared(() => e.run('deleteCards', { ids: [some.id] }))).toBeLessThan(40);
    expect(compared(() => e.undo())).toBeLessThan(40);
    // A rename does not change the order: nothing compared at all.
    expect(compared(() => e.run('updateCard', { id: some.id, changes: { title: 'Hernoemd' } }))).toBe(0);
  });

  it('a drop that leaves the cards in their places in the reading order does not work the order out again; one that passes a card does', () => {
    const e = new Editor(generateTheory(1000));
    const model = follow(e);
    const column = Object.values(e.theory.cards).filter((c) => c.stage === 'intermediate').sort((a, b) => a.position.y - b.position.y);
    const [first, second] = [column[0]!, column[1]!];
    const orders = model.counts.orders;
    // 50 cards a little to the side and down, none past the next card of its lane.
    const fifty = column.filter((_, i) => i % 2 === 0).slice(0, 50);
    expect(fifty).toHaveLength(50);
    e.run('moveCards', { moves: fifty.map((c) => ({ id: c.id, position: { x: c.position.x + 16, y: c.position.y + 16 } })) });
    expect(model.counts.orders).toBe(orders);
    expect(order(model)).toEqual(order(new CanvasModel(e.theory)));
    // The first card dropped below the second: they swap numbers.
    const below = e.theory.cards[second.id]!.position.y + 16;
    e.run('moveCards', { moves: [{ id: first.id, position: { x: first.position.x, y: below } }] });
    expect(model.counts.orders).toBe(orders + 1);
    expect(order(model)).toEqual(order(new CanvasModel(e.theory)));
    expect(order(model).filter((n) => n.startsWith(`${first.id} `) || n.startsWith(`${second.id} `))).toEqual([`${second.id} 3.1`, `${first.id} 3.2`]);
  });
});
